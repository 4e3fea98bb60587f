import type { Bridge } from "../compare/types";
import { thousands } from "./money";

const MINUS = "\u2212";

/** "England £000: 930,012 + new 120 − dropped 300 − changed 6,792 = 923,040": each sign said once. */
export function bridgeSentence(b: Bridge, name = "England"): string {
  const changed = b.changed < 0 ? `${MINUS} changed ${thousands(-b.changed)}` : `+ changed ${thousands(b.changed)}`;
  return `${name} £000: ${thousands(b.before)} + new ${thousands(b.new)} ${MINUS} dropped ${thousands(b.dropped)} ${changed} = ${thousands(b.after)}`;
}
