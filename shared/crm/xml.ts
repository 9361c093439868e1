/**
 * XML as the Salesforce CLI writes source files: a declaration, four-space
 * indents, one element per line. Text is escaped for element content, which
 * also takes care of "]]>" (its ">" is escaped); the checks have refused the
 * few characters XML 1.0 cannot carry at all.
 */
export type XmlNode = { name: string; text: string } | { name: string; children: XmlNode[] };

export const leaf = (name: string, value: string | number | boolean): XmlNode => ({ name, text: String(value) });
export const node = (name: string, children: (XmlNode | null)[]): XmlNode => ({
  name,
  children: children.filter((c): c is XmlNode => c !== null),
});

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`);
}

function render(n: XmlNode, depth: number, attributes = ""): string {
  const indent = "    ".repeat(depth);
  if ("text" in n) return `${indent}<${n.name}${attributes}>${escapeXml(n.text)}</${n.name}>\n`;
  return `${indent}<${n.name}${attributes}>\n${n.children.map((c) => render(c, depth + 1)).join("")}${indent}</${n.name}>\n`;
}

export const METADATA_NAMESPACE = "http://soap.sforce.com/2006/04/metadata";

/** A Metadata API document: the root in Salesforce's namespace. */
export function metadataDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0, ` xmlns="${METADATA_NAMESPACE}"`)}`;
}
