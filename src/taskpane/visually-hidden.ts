import { makeStyles } from "@fluentui/react-components";

/** Text for screen readers only (the usual clip pattern), so accessible names can start with the visible words. */
export const useVisuallyHidden = makeStyles({
  hidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0, padding: 0 },
});
