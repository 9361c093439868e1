import { blockingFindings, formatFindings, parseCsv, readFindings } from "../../scripts/electronegativity-findings.mjs";

const report = [
  "issue, severity, confidence, filename, location, sample, description, url",
  'CSP_GLOBAL_CHECK,"LOW","FIRM","/tmp/s/renderer/index.html","5:0","<meta\n  http-equiv=""Content-Security-Policy""\n/>","One or more CSP directives detected seems to be vulnerable",https://example/CSP',
  'SANDBOX_JS_CHECK,"MEDIUM","FIRM","/tmp/s/electron/window.ts","16:17","new BrowserWindow({","Use sandbox for untrusted origins",https://example/SANDBOX',
  'ELECTRON_VERSION_JSON_CHECK,"INFORMATIONAL","CERTAIN","/tmp/s/package.json","1:0","{}","Gets the electron version",https://example/V',
  "",
].join("\n");

describe("reading the security scan's report", () => {
  it("keeps a quoted HTML sample with quotes and newlines in one field", () => {
    const rows = parseCsv(report);
    expect(rows).toHaveLength(4);
    expect(rows[1]?.[5]).toBe('<meta\n  http-equiv="Content-Security-Policy"\n/>');
  });

  it("reads each finding's severity from the second column", () => {
    expect(readFindings(report).map((f) => [f.issue, f.severity])).toEqual([
      ["CSP_GLOBAL_CHECK", "LOW"],
      ["SANDBOX_JS_CHECK", "MEDIUM"],
      ["ELECTRON_VERSION_JSON_CHECK", "INFORMATIONAL"],
    ]);
  });

  it("blocks on HIGH and MEDIUM only", () => {
    expect(blockingFindings(readFindings(report)).map((f) => f.issue)).toEqual(["SANDBOX_JS_CHECK"]);
    expect(blockingFindings(readFindings(report.replace('"MEDIUM"', '"LOW"')))).toEqual([]);
  });

  it("prints the most severe first, one line each", () => {
    const lines = formatFindings(readFindings(report), (file) => file.replace("/tmp/s/", "")).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^MEDIUM\s+SANDBOX_JS_CHECK\s+electron\/window\.ts:16:17\s+Use sandbox/);
  });

  it("fails rather than passes on a damaged report", () => {
    const headerOverFirstRow = report.replace("CSP_GLOBAL_CHECK,", 'VERSION:0.1.0  html",');
    expect(() => readFindings(headerOverFirstRow)).toThrow(/row 2 of the report is not a finding/);
    expect(() => readFindings("")).toThrow(/no header/);
  });

  it("finds nothing in an empty report", () => {
    expect(readFindings("issue, severity, confidence, filename, location, sample, description, url\n")).toEqual([]);
  });
});
