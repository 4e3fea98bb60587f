import { packSchema, type RulePack } from "./schema";
import defaultPackJson from "./default-pack.json";

export type PackResult = { ok: true; pack: RulePack } | { ok: false; error: string };

/** Validates a rule pack document; a malformed one gets one message naming each bad field. */
export function parsePack(json: unknown, source = "rule pack"): PackResult {
  const parsed = packSchema.safeParse(json);
  if (parsed.success) return crossCheck(parsed.data, source);
  const problems = parsed.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join(".") : "(the document)";
    return `${path}: ${issue.message}`;
  });
  const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : "";
  return { ok: false, error: `The ${source} is malformed: ${problems.join("; ")}${more}` };
}

/** Parses JSON text first, so a syntax error also reads as a clear message. */
export function parsePackText(text: string, source = "rule pack"): PackResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The ${source} is not valid JSON: ${(e as Error).message}` };
  }
  return parsePack(json, source);
}

/** References between code lists must resolve: an SHA's cluster, an organisation's SHA. */
function crossCheck(pack: RulePack, source: string): PackResult {
  const clusters = new Set(pack.shaClusters.map((c) => c.name));
  const shaCodes = new Set(pack.shas.map((s) => s.code));
  const bad: string[] = [];
  pack.shas.forEach((s, i) => {
    if (!clusters.has(s.cluster)) bad.push(`shas.${i}.cluster: "${s.cluster}" is not in shaClusters`);
  });
  pack.organisations.forEach((o, i) => {
    if (!shaCodes.has(o.sha)) bad.push(`organisations.${i}.sha: "${o.sha}" is not an SHA code in shas`);
  });
  if (pack.forecastYear && !pack.years.includes(pack.forecastYear)) bad.push(`forecastYear: "${pack.forecastYear}" is not one of years`);
  if (bad.length) return { ok: false, error: `The ${source} is malformed: ${bad.slice(0, 5).join("; ")}` };
  return { ok: true, pack };
}

let bundled: RulePack | undefined;

/** The pack shipped with the add-in, built from the national reference data. */
export function defaultPack(): RulePack {
  if (!bundled) {
    const result = parsePack(defaultPackJson, "bundled rule pack");
    if (!result.ok) throw new Error(result.error);
    bundled = result.pack;
  }
  return bundled;
}
