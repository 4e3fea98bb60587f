import defaultPackJson from "../../src/core/rules/default-pack.json";
import { packSchema, type RulePack } from "../../src/core/rules/schema";

/** The bundled default pack, parsed (a fresh copy each call, so tests may change it). */
export function defaultPack(): RulePack {
  return packSchema.parse(structuredClone(defaultPackJson));
}
