/**
 * Long engine work as steps: a generator that yields between chunks (a sheet, a plan, an output
 * sheet). Synchronous callers (the CLI, tests) run it straight through; the task pane runs it with
 * a pause between steps, so the page it shares with Excel's own clicks never blocks for long.
 */
export type Steps<T> = Generator<void, T, void>;

/** Work that is one step (it runs when the step is taken). */
export function* oneStep<T>(work: () => T): Steps<T> {
  yield;
  return work();
}

/** Runs every step at once: the synchronous result, as before steps existed. */
export function runSteps<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/** Runs the steps, handing the thread back to the host (`pause`) whenever `budgetMs` has passed since the last pause. */
export async function runStepsPaused<T>(steps: Steps<T>, pause: () => Promise<void>, budgetMs = 40, now: () => number = () => Date.now()): Promise<T> {
  let since = now();
  let next = steps.next();
  while (!next.done) {
    if (now() - since >= budgetMs) {
      await pause();
      since = now();
    }
    next = steps.next();
  }
  return next.value;
}
