export { compareVersions, type VersionInput } from "./compare";
export { bridgeCloses } from "./bridge";
export { matchSchemes, type MatchedBy, type SchemePair } from "./match";
export { toCompareJson, type CompareJson } from "./json";
export type * from "./types";
