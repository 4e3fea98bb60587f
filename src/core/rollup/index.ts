export { rollup, errorCellKeys } from "./rollup";
export { toRollupJson, type RollupJson } from "./json";
export type * from "./types";
export { schemeException, sortExceptions, EXCEPTION_REASONS, type SchemeException, type ExceptionReason } from "./exceptions";
export type { LargestScheme } from "./largest";
