/** Types for scripts/manifest-tools.js (CommonJS, shared by webpack.config.js and the tests). */
export declare const DEV_URL: string;
export declare const DEFAULT_PUBLIC_URL: string;
export declare function normalisePublicUrl(url: string): string;
export declare function rewriteManifestUrls(xml: string, publicUrl: string): string;
export declare function readPngSize(bytes: Buffer): { width: number; height: number } | null;
export declare function associatedFunctionNames(source: string): string[];
export interface ManifestCheckOptions {
  /** URL prefix of the add-in's own files in this manifest (dev or public). */
  baseUrl: string;
  /** Folder that holds assets/ as served at baseUrl. */
  siteDir: string;
  /** Names the function file associates; when given, must match the ExecuteFunction buttons. */
  functionNames?: string[];
}
export declare function checkManifest(xml: string, options: ManifestCheckOptions): string[];
