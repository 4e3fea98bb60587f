/**
 * Runs a library call with the console silenced. SheetJS writes warnings with console.error/warn/log
 * ("Missing Info for XLS Record 0x2ac", "ODS number format may be incorrect"): they would reach the
 * CLI's stderr and the browser console, where they mean nothing to the user. Only around those calls,
 * which are synchronous, so nothing else can log meanwhile.
 */
export function quietly<T>(call: () => T): T {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const none = () => undefined;
  Object.assign(console, { log: none, info: none, warn: none, error: none, debug: none });
  try {
    return call();
  } finally {
    Object.assign(console, saved);
  }
}
