import { PackError } from "../core/pipeline";
import { InputError } from "./inputs";

/**
 * The one line the CLI prints for any failure (exit 2): ours say what to do; anything unexpected
 * is a bug, said so, with a hint to report it. Never a stack trace.
 */
export function failureLine(error: unknown): string {
  if (error instanceof InputError || error instanceof PackError) return error.message;
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 300);
  if (error instanceof RangeError && /memory|allocation|Invalid array length|Invalid string length/i.test(message)) {
    return `out of memory reading the input (${message}): split the workbook into smaller files and try again`;
  }
  return `unexpected error: ${message}. This is a bug in qipp: please report it with the command and, if you can share it, the file`;
}
