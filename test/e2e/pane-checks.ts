import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Named, narrow exceptions to axe's findings. Each says which rule, which elements, and why it is not
 * a barrier; anything else axe reports fails the test.
 */
export const AXE_EXCEPTIONS: { rule: string; html: RegExp; why: string }[] = [
  {
    rule: "aria-hidden-focus",
    // Only Tabster's empty <i> "dummy inputs" (Fluent's TabList arrow-key mover), nothing else that is hidden.
    html: /^<i tabindex="0" role="none" data-tabster-dummy="[^"]*" aria-hidden="true" style="[^"]*"><\/i>$/,
    why: "Fluent v9's Tabster focus helpers are focusable on purpose and hidden from screen readers on purpose: "
      + "they pass focus straight on to the real control when reached (the keyboard test walks through them). "
      + "Tabster's maintainer: https://github.com/microsoft/tabster/issues/288; Fluent closed the same report as by design: "
      + "https://github.com/microsoft/fluentui/issues/27517; Accessibility Insights suppresses it: "
      + "https://github.com/microsoft/accessibility-insights-web/pull/7605.",
  },
];

export interface AxeViolation {
  rule: string;
  impact: string | null;
  target: string;
  html: string;
}

const AXE_SOURCE = () => readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2.0/2.1 A and AA rules over the task pane only (the preview's workbook drawing is not the add-in). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE() });
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[]; html: string }[] }[] }> } }).axe;
    const result = await axe.run({ include: [['[data-testid="task-pane"]']] }, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.flatMap((v) => v.nodes.map((n) => ({ rule: v.id, impact: v.impact, target: n.target.join(" "), html: n.html })));
  }, AXE_TAGS);
  return found.filter((v) => !AXE_EXCEPTIONS.some((e) => e.rule === v.rule && e.html.test(v.html)));
}

/** Elements of the pane that reach past its right edge (a 350 px pane must not scroll sideways). */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="task-pane"]') as HTMLElement;
    const edge = pane.getBoundingClientRect().right;
    const out: string[] = [];
    if (pane.scrollWidth > pane.clientWidth + 1) out.push(`pane scrolls sideways: ${pane.scrollWidth} > ${pane.clientWidth}`);
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>("*"))) {
      // Hidden parts (a search box's clear button before there is text) take no room on screen.
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      // What shows on screen: the box cut by every ancestor that clips its overflow (a collapsed search box clear button).
      const r = el.getBoundingClientRect();
      let [left, right] = [r.left, r.right];
      for (let a = el.parentElement; a && a !== pane; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === "visible") continue;
        const box = a.getBoundingClientRect();
        [left, right] = [Math.max(left, box.left), Math.min(right, box.right)];
      }
      if (r.width > 0 && r.height > 0 && right > left && right > edge + 0.5) {
        const where = el.closest("[data-testid], [aria-label], button, [role]");
        const context = where ? `${where.tagName.toLowerCase()}[${where.getAttribute("data-testid") ?? where.getAttribute("aria-label") ?? where.getAttribute("role") ?? ""}]` : "";
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}" in ${context} ends at ${Math.round(right)} > ${Math.round(edge)}`);
      }
    }
    return out;
  });
}

/** webpack-dev-server's full-screen error overlay (an iframe) covers the page. */
export async function overlayShown(page: Page): Promise<boolean> {
  return (await page.locator("#webpack-dev-server-client-overlay").count()) > 0;
}

/** The focused element shows a focus indicator: an outline, a box shadow, or Fluent's ::after focus border, on it or its control wrapper. */
export function focusVisible(page: Page): Promise<{ visible: boolean; what: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { visible: false, what: "nothing focused" };
    const shows = (node: Element | null) => {
      if (!node) return false;
      for (const pseudo of [null, "::after", "::before"]) {
        const s = getComputedStyle(node, pseudo);
        if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) return true;
        if (pseudo && s.content !== "none" && s.borderTopStyle !== "none" && parseFloat(s.borderTopWidth) > 0) return true;
        if (s.boxShadow && s.boxShadow !== "none") return true;
      }
      return false;
    };
    const what = `${el.tagName.toLowerCase()}[${el.getAttribute("role") ?? ""}] "${(el.textContent ?? el.getAttribute("aria-label") ?? "").trim().slice(0, 30)}"`;
    const sibling = el.nextElementSibling;
    return { visible: shows(el) || shows(el.parentElement) || shows(sibling), what };
  });
}

/** Waits until nothing in the pane is working (spinners and progress bars gone) or moving. */
export async function paneIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="task-pane"] [role="progressbar"]'), undefined, { timeout: 120_000 });
  // Fluent's motion (an accordion folding) runs on the Web Animations API: colours are judged once it has ended.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, { timeout: 30_000 });
}
