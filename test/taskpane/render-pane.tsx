import { act, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentProps } from "react";
import type { QippActions } from "../../src/app/actions";
import { App } from "../../src/taskpane/App";

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar reflow needs one to exist.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver as unknown as typeof ResizeObserver;

// jsdom runs animation frames on a timer, outside React's act(); Fluent's tab indicator sets state in one
// (useTabAnimatedIndicator), which React then reports as "not wrapped in act(...)". Run frames inside act, as a
// browser frame would be seen by the test.
const frame = globalThis.requestAnimationFrame;
if (frame && !(frame as { insideAct?: boolean }).insideAct) {
  const insideAct = (callback: FrameRequestCallback) => frame((time) => act(() => callback(time)));
  globalThis.requestAnimationFrame = Object.assign(insideAct, { insideAct: true });
}

export function renderPane(actions: QippActions, props: Omit<ComponentProps<typeof App>, "actions"> = {}) {
  const user = userEvent.setup();
  const view = render(<App actions={actions} {...props} />);
  return { user, ...view };
}

/** The visible text of an element (no jest-dom here). */
export function textOf(el: Element): string {
  return el.textContent ?? "";
}
