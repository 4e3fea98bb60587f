export { compareVersions, type VersionInput } from "./compare";
export { bridgeCloses } from "./bridge";
export { matchSchemes, type MatchedBy, type SchemePair } from "./match";
export { toCompareJson, trendJson, type CompareJson } from "./json";
export { type Movement } from "./movements";
export { type TrendEntry } from "./trend";
export type * from "./types";
