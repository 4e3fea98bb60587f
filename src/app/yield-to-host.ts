/**
 * Hands the page's thread back to the host for a moment. In Excel the pane's webview shares its
 * thread with the user's clicks, so the engine pauses between steps (see core/steps.ts).
 * scheduler.yield() where the webview has it (Chromium 129+, so Edge WebView2:
 * https://developer.mozilla.org/en-US/docs/Web/API/Scheduler/yield); else a MessageChannel message,
 * which (unlike setTimeout(0)) is not clamped to 4 ms when nested
 * (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers); else setTimeout.
 */
export function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
