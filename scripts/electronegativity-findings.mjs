// Reading electronegativity's CSV report. Its SARIF output carries no
// severity; the CSV does, in the second column.

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines (the scanner quotes whole HTML tags). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += char;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}

export const BLOCKING = new Set(["HIGH", "MEDIUM"]);

const CHECK_ID = /^[A-Z0-9_]+$/;

/**
 * Findings from the report. A row that is not a finding means the report is
 * damaged, and a damaged report must fail the gate rather than pass it: it
 * throws, naming the row.
 */
export function readFindings(csvText) {
  const rows = parseCsv(csvText);
  if (rows[0]?.[0]?.trim().toLowerCase() !== "issue") throw new Error("the report has no header row");
  return rows.slice(1).map((row, index) => {
    const [issue = "", severity = "", confidence = "", file = "", location = "", , description = ""] = row;
    if (row.length < 8 || !CHECK_ID.test(issue.trim())) {
      throw new Error(`row ${index + 2} of the report is not a finding: ${row.join(",").slice(0, 80)}`);
    }
    return {
      issue: issue.trim(),
      severity: severity.trim().toUpperCase(),
      confidence: confidence.trim(),
      file: file.trim(),
      location: location.trim(),
      description: description.trim(),
    };
  });
}

export function blockingFindings(findings) {
  return findings.filter((finding) => BLOCKING.has(finding.severity));
}

/** A plain fixed-width table, most severe first. */
export function formatFindings(findings, fileLabel = (file) => file) {
  const order = ["HIGH", "MEDIUM", "LOW", "INFORMATIONAL"];
  const rank = (severity) => (order.includes(severity) ? order.indexOf(severity) : order.length);
  const rows = [...findings]
    .sort((a, b) => rank(a.severity) - rank(b.severity))
    .map((f) => [f.severity, f.issue, `${fileLabel(f.file)}:${f.location}`, f.description]);
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => row[col].length)));
  return rows.map((row) => row.map((cell, col) => (col < 3 ? cell.padEnd(widths[col]) : cell)).join("  ")).join("\n");
}
