// Offline checks of the add-in manifest (office-addin-manifest validate needs an online
// service) and the dev -> production URL rewrite. Used by webpack.config.js (the build fails
// on a bad manifest) and by test/manifest/*.test.ts.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { parseXml, allElements } = require("./xml-lite");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PUBLIC_URL = "https://qipp.example.nhs.uk/addin/";
const RESOURCE_KINDS = { "bt:Image": "image", "bt:Url": "url", "bt:String": "string" };
// Limits from the manifest schema: resid up to 32 characters, short strings 125, long strings 250.
const MAX_RESID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The public base URL with exactly one trailing slash. */
function normalisePublicUrl(url) {
  return url.replace(/\/*$/, "/");
}

/** Replaces every dev-server URL in the manifest with the public host. */
function rewriteManifestUrls(xml, publicUrl) {
  return xml.split(DEV_URL).join(normalisePublicUrl(publicUrl));
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function readPngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Function names the function file registers with Office.actions.associate. */
function associatedFunctionNames(source) {
  return [...source.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]);
}

function localName(element) {
  return element.name.includes(":") && !element.name.startsWith("bt:") ? element.name.split(":")[1] : element.name;
}

/**
 * Problems found in a manifest, as sentences (empty when it is sound).
 * options: baseUrl (the manifest's URL prefix, mapped to siteDir for icon files), siteDir (folder
 * holding assets/ and the pages), functionNames (what the function file associates).
 */
function checkManifest(xml, options) {
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`manifest is not well-formed XML: ${error.message}`];
  }
  const problems = [];
  const elements = allElements(root);
  if (root.name !== "OfficeApp" || root.attrs["xsi:type"] !== "TaskPaneApp") problems.push("root element must be <OfficeApp xsi:type=\"TaskPaneApp\">");
  const id = elements.find((e) => e.name === "Id");
  if (!id || !GUID.test(id.text.trim())) problems.push("<Id> must be a GUID");

  const resources = new Map();
  const seenIds = new Set();
  for (const element of elements) {
    const value = element.attrs.id;
    if (value === undefined) continue;
    if (seenIds.has(value)) problems.push(`id "${value}" is used twice (line ${element.line})`);
    seenIds.add(value);
    const kind = RESOURCE_KINDS[element.name];
    if (kind) resources.set(value, { kind, element });
    if (kind && value.length > MAX_RESID) problems.push(`resource id "${value}" is longer than ${MAX_RESID} characters`);
  }
  for (const element of elements.filter((e) => e.attrs.resid !== undefined)) {
    const resid = element.attrs.resid;
    const target = resources.get(resid);
    if (!target) problems.push(`resid "${resid}" (line ${element.line}) is not defined in <Resources>`);
    else if (element.name === "bt:Image" && target.kind !== "image") problems.push(`resid "${resid}" on an icon is not a bt:Image`);
  }
  for (const group of elements.filter((e) => e.name === "bt:ShortStrings" || e.name === "bt:LongStrings")) {
    const limit = group.name === "bt:ShortStrings" ? MAX_SHORT : MAX_LONG;
    for (const s of group.children) {
      if ((s.attrs.DefaultValue ?? "").length > limit) problems.push(`string "${s.attrs.id}" is longer than ${limit} characters`);
    }
  }

  problems.push(...checkUrls(elements), ...checkIcons(elements, resources, options));
  if (options.functionNames) problems.push(...checkFunctions(elements, resources, options.functionNames));
  return problems;
}

function urlsIn(elements) {
  const urls = [];
  for (const e of elements) {
    for (const [name, value] of Object.entries(e.attrs)) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !name.startsWith("xmlns")) urls.push({ url: value, line: e.line });
    }
    if (e.children.length === 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(e.text.trim())) urls.push({ url: e.text.trim(), line: e.line });
  }
  return urls;
}

function checkUrls(elements) {
  return urlsIn(elements)
    .filter(({ url }) => !url.startsWith("https://"))
    .map(({ url, line }) => `URL ${url} (line ${line}) is not https`);
}

function checkIcons(elements, resources, { baseUrl, siteDir }) {
  const problems = [];
  const iconUrls = elements.filter((e) => ["IconUrl", "HighResolutionIconUrl"].includes(e.name)).map((e) => e.attrs.DefaultValue);
  for (const { element } of [...resources.values()].filter((r) => r.kind === "image")) iconUrls.push(element.attrs.DefaultValue);
  for (const url of iconUrls) {
    if (!url || !url.startsWith(baseUrl)) {
      problems.push(`icon ${url} is not served by the add-in (${baseUrl})`);
      continue;
    }
    const file = path.join(siteDir, url.slice(baseUrl.length));
    if (!fs.existsSync(file)) {
      problems.push(`icon file ${file} does not exist`);
      continue;
    }
    const size = readPngSize(fs.readFileSync(file));
    const named = /-(\d+)\.png$/.exec(file);
    if (!size) problems.push(`icon ${file} is not a PNG`);
    else if (size.width !== size.height) problems.push(`icon ${file} is not square`);
    else if (named && Number(named[1]) !== size.width) problems.push(`icon ${file} is ${size.width} px, its name says ${named[1]}`);
  }
  // A <bt:Image size="N"> on a control must point at an N px image.
  for (const use of elements.filter((e) => e.name === "bt:Image" && e.attrs.size)) {
    const target = resources.get(use.attrs.resid);
    const named = target && /-(\d+)\.png$/.exec(target.element.attrs.DefaultValue ?? "");
    if (named && named[1] !== use.attrs.size) problems.push(`icon of size ${use.attrs.size} (line ${use.line}) uses a ${named[1]} px image`);
  }
  return problems;
}

function checkFunctions(elements, resources, associated) {
  const problems = [];
  const declared = elements.filter((e) => localName(e) === "FunctionName").map((e) => e.text.trim());
  for (const name of declared) if (!associated.includes(name)) problems.push(`ExecuteFunction "${name}" is not associated by the function file`);
  for (const name of associated) if (!declared.includes(name)) problems.push(`the function file associates "${name}", which no button runs`);
  const functionFile = elements.find((e) => e.name === "FunctionFile");
  const url = functionFile && resources.get(functionFile.attrs.resid);
  if (declared.length > 0 && !(url && /\/commands\.html$/.test(url.element.attrs.DefaultValue ?? ""))) {
    problems.push("<FunctionFile> must point at commands.html");
  }
  return problems;
}

module.exports = {
  DEV_URL,
  DEFAULT_PUBLIC_URL,
  normalisePublicUrl,
  rewriteManifestUrls,
  readPngSize,
  associatedFunctionNames,
  checkManifest,
};
