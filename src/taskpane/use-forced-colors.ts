import { useEffect, useState } from "react";

const QUERY = "(forced-colors: active)";

const matches = () => typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(QUERY).matches;

/**
 * True while the system's high-contrast colours are forced on the page. Office follows Windows'
 * contrast themes, and its web view reports them through the forced-colors media feature
 * (https://developer.mozilla.org/docs/Web/CSS/@media/forced-colors); the pane follows it live.
 */
export function useForcedColors(): boolean {
  const [active, setActive] = useState(matches);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const media = window.matchMedia(QUERY);
    const onChange = () => setActive(media.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);
  return active;
}
