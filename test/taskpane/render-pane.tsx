import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { QippActions } from "../../src/app/actions";
import { App } from "../../src/taskpane/App";

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar reflow needs one to exist.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver as unknown as typeof ResizeObserver;

export function renderPane(actions: QippActions) {
  const user = userEvent.setup();
  const view = render(<App actions={actions} />);
  return { user, ...view };
}

/** The visible text of an element (no jest-dom here). */
export function textOf(el: Element): string {
  return el.textContent ?? "";
}
