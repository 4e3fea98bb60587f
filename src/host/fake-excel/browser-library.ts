/**
 * Microsoft's Excel client library as the preview page loads it: preview.html has a script tag for the
 * copy of @microsoft/office-js's excel-web-16.00.js that the build bundles (no CDN, so offline works).
 */
export function browserExcelLibrary(): typeof Excel {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel?.RequestContext) throw new Error("The preview could not load Microsoft's Excel library (excel-web-16.00.js): rebuild it with npm start.");
  return excel;
}
