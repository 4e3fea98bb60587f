import generated from "./excel-api-sets.generated.json";

/** ExcelApi levels the fake host can run at; LATEST is the highest named in @types/office-js. */
export type ApiLevel = `1.${number}`;

const table = generated.classes as Record<string, Record<string, string>>;

export function compareLevels(a: string, b: string): number {
  const [x1, y1] = a.split(".").map(Number);
  const [x2, y2] = b.split(".").map(Number);
  return x1 - x2 || y1 - y2;
}

export const LATEST_EXCEL_API: ApiLevel = Object.values(table)
  .flatMap((members) => Object.values(members))
  .filter((v): v is string => typeof v === "string")
  .reduce((max, v) => (compareLevels(v, max) > 0 ? v : max), "1.1") as ApiLevel;

/** The set a member (wire name, "GetRange" or "Values") of an Excel class first appeared in. */
export function apiSetOf(apiClass: string, wireName: string): string | undefined {
  const members = table[apiClass];
  if (!members) return undefined;
  const camel = wireName.charAt(0).toLowerCase() + wireName.slice(1);
  return members[camel] ?? members[""];
}

export function isSetSupported(level: ApiLevel, version: string): boolean {
  return compareLevels(version, level) <= 0;
}
