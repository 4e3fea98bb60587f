import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import {
  DEV_URL,
  associatedFunctionNames,
  checkManifest,
  readPngSize,
  rewriteManifestUrls,
} from "../../scripts/manifest-tools";
import { allElements, parseXml } from "../../scripts/xml-lite";

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const functionNames = associatedFunctionNames(readFileSync(join(root, "src/commands/commands.ts"), "utf8"));
const devOptions = { baseUrl: DEV_URL, siteDir: root, functionNames };
const TEST_HOST = "https://addin.test.nhs.uk/qipp";

describe("manifest.xml as written (dev URLs)", () => {
  const elements = allElements(parseXml(manifest));
  const byName = (name: string) => elements.filter((e) => e.name === name);

  it("passes every offline check", () => {
    expect(checkManifest(manifest, devOptions)).toEqual([]);
  });

  it("is an Excel task pane add-in that may write the workbook", () => {
    expect(byName("Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
    expect(byName("Permissions")[0].text).toBe("ReadWriteDocument");
    expect(byName("DisplayName")[0].attrs.DefaultValue).toBe("QIPP plans");
    expect(byName("SourceLocation")[0].attrs.DefaultValue).toBe("https://localhost:3000/taskpane.html");
  });

  it("puts a QIPP group with Validate, Build rollups and Open QIPP pane on the Home tab", () => {
    const strings = new Map(byName("bt:String").map((s) => [s.attrs.id, s.attrs.DefaultValue]));
    const tab = byName("OfficeTab")[0];
    expect(tab.attrs.id).toBe("TabHome");
    const group = tab.children.find((c) => c.name === "Group")!;
    expect(strings.get(group.children.find((c) => c.name === "Label")!.attrs.resid)).toBe("QIPP");
    const controls = group.children.filter((c) => c.name === "Control").map((control) => {
      const action = control.children.find((c) => c.name === "Action")!;
      return {
        label: strings.get(control.children.find((c) => c.name === "Label")!.attrs.resid),
        action: action.attrs["xsi:type"],
        target: action.children.find((c) => c.name === "FunctionName")?.text ?? action.children.find((c) => c.name === "SourceLocation")?.attrs.resid,
      };
    });
    expect(controls).toEqual([
      { label: "Validate", action: "ExecuteFunction", target: "validatePlans" },
      { label: "Build rollups", action: "ExecuteFunction", target: "buildRollups" },
      { label: "Open QIPP pane", action: "ShowTaskpane", target: "Taskpane.Url" },
    ]);
  });

  it("names the same functions the function file associates", () => {
    expect(functionNames.sort()).toEqual(["buildRollups", "validatePlans"]);
  });
});

describe("icons", () => {
  it.each([16, 32, 64, 80])("assets/icon-%i.png is a %i px PNG", (size) => {
    expect(readPngSize(readFileSync(join(root, `assets/icon-${size}.png`)))).toEqual({ width: size, height: size });
  });

  it("are real drawings, not blank squares", () => {
    const files = readdirSync(join(root, "assets")).filter((f) => f.endsWith(".png"));
    const sizes = files.map((f) => readFileSync(join(root, "assets", f)).length);
    // A flat single-colour PNG deflates to well under 100 bytes at these sizes.
    for (const bytes of sizes) expect(bytes).toBeGreaterThan(150);
  });

  it("a wrongly sized icon file is reported", () => {
    const site = mkdtempSync(join(tmpdir(), "qipp-site-"));
    mkdirSync(join(site, "assets"));
    for (const size of [16, 32, 64, 80]) copyFileSync(join(root, `assets/icon-${size}.png`), join(site, `assets/icon-${size}.png`));
    copyFileSync(join(root, "assets/icon-32.png"), join(site, "assets/icon-80.png"));
    expect(checkManifest(manifest, { ...devOptions, siteDir: site })).toEqual([expect.stringMatching(/icon-80\.png is 32 px, its name says 80/)]);
  });
});

describe("production rewrite", () => {
  const production = rewriteManifestUrls(manifest, TEST_HOST);

  it("leaves no dev URL and passes the checks at the public host", () => {
    expect(production).not.toContain("localhost");
    expect(production).toContain(`${TEST_HOST}/taskpane.html`);
    expect(checkManifest(production, { ...devOptions, baseUrl: `${TEST_HOST}/` })).toEqual([]);
  });

  it("is refused when the public host is not https", () => {
    const insecure = rewriteManifestUrls(manifest, "http://addin.test.nhs.uk/");
    const problems = checkManifest(insecure, { ...devOptions, baseUrl: "http://addin.test.nhs.uk/" });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => /is not https/.test(p))).toBe(true);
  });
});

describe("the checker finds broken manifests", () => {
  const check = (xml: string) => checkManifest(xml, devOptions);

  it.each([
    ["an unclosed element", manifest.replace("</Hosts>", ""), /not well-formed/],
    ["a bare ampersand", manifest.replace("QIPP plans is ready", "Plans & rollups"), /not well-formed.*bad character in attribute/],
    ["a bare ampersand in text", manifest.replace("<ProviderName>NHS", "<ProviderName>NHS & "), /not well-formed.*"&" that starts no entity/],
    ["an unresolved resid", manifest.replace('resid="Validate.Tooltip"', 'resid="Validate.Tip"'), /resid "Validate\.Tip".*not defined/],
    ["a duplicate id", manifest.replace('id="Qipp.OpenPane"', 'id="Qipp.Validate"'), /id "Qipp\.Validate" is used twice/],
    ["an http URL", manifest.replace("https://localhost:3000/commands.html", "http://localhost:3000/commands.html"), /commands\.html .* is not https/],
    ["a button with no function", manifest.replace(">buildRollups<", ">buildRollup<"), /"buildRollup" is not associated/],
    ["an icon size mismatch", manifest.replace('size="80" resid="Icon.80x80"', 'size="80" resid="Icon.32x32"'), /size 80 .* uses a 32 px image/],
    ["a resid over 32 characters", manifest.split("Validate.Tooltip").join("Validate.Tooltip.ThatIsFarTooLong"), /longer than 32/],
  ])("%s", (_, xml, message) => {
    expect(check(xml)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it("any manifest cut short is not well-formed", () => {
    const end = manifest.lastIndexOf("</OfficeApp>");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: end }), (cut) => {
        expect(check(manifest.slice(0, cut))[0]).toMatch(/not well-formed/);
      }),
      { numRuns: 200 },
    );
  });
});

describe("xml-lite", () => {
  const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9.]{0,8}$/);
  const text = fc.string({ maxLength: 12 });
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

  it("reads back any element's name, attributes and text", () => {
    fc.assert(
      fc.property(name, fc.dictionary(name, text, { maxKeys: 4 }), text, (tag, attrs, body) => {
        const source = `<${tag}${Object.entries(attrs).map(([k, v]) => ` ${k}="${escape(v)}"`).join("")}>${escape(body)}</${tag}>`;
        const element = parseXml(source);
        expect(element.name).toBe(tag);
        expect(element.attrs).toEqual(attrs);
        expect(element.text).toBe(body);
      }),
    );
  });

  it.each([
    ["<a><b></a></b>", /does not close/],
    ['<a x="1" x="2"/>', /given twice/],
    ["<a/><b/>", /second root/],
    ["<a>x</a>y", /outside the root/],
    ["<a x=1/>", /starts no tag/],
  ])("rejects %s", (source, message) => {
    expect(() => parseXml(source)).toThrow(message);
  });
});
