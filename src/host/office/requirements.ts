/** The ExcelApi set the manifest requires; every call above it is guarded with `supports`. */
export const MANIFEST_MIN_EXCEL_API = "1.7";

/** Whether the host supports an ExcelApi version ("1.9"). */
export type SupportsExcelApi = (version: string) => boolean;

/** Inside Office: Office.context.requirements; outside (tests pass their own), everything. */
export function officeSupports(): SupportsExcelApi {
  return (version) => typeof Office === "undefined" || Office.context?.requirements?.isSetSupported("ExcelApi", version) !== false;
}

const PAYLOAD_ERRORS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** Excel on the web's size refusals; older builds answered an oversized request with GeneralException. */
export function isPayloadError(code: string | undefined, oversizedMaybe: boolean): boolean {
  return code !== undefined && (PAYLOAD_ERRORS.has(code) || (oversizedMaybe && code === "GeneralException"));
}
