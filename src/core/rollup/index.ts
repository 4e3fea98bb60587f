export { rollup, errorCellKeys } from "./rollup";
export { toRollupJson, type RollupJson } from "./json";
export type * from "./types";
