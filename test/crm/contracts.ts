import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Ajv from "ajv";
import type { PackFile } from "../../shared/crm/pack";

const CONTRACTS = join(import.meta.dirname, "../contracts");
const XSD = join(CONTRACTS, "salesforce-metadata.xsd");

/**
 * Every XML file of a pack against Salesforce's Metadata API schema, in one
 * xmllint run (the schema is 2 MB; parsing it once per file would be slow).
 * Returns xmllint's complaints, or [] when every file is valid.
 */
export function salesforceProblems(files: readonly PackFile[]): string[] {
  const xml = files.filter((f) => f.path.endsWith(".xml"));
  if (xml.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), "accord-sf-"));
  const paths = xml.map((f) => {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
    return path;
  });
  try {
    execFileSync("xmllint", ["--noout", "--schema", XSD, ...paths], { stdio: "pipe" });
    return [];
  } catch (e) {
    const stderr = String((e as { stderr?: Buffer }).stderr ?? e);
    return stderr.split("\n").filter((l) => l.trim() !== "" && !l.endsWith(" validates"));
  }
}

type Spec = { components: { schemas: Record<string, unknown> } };
const spec = (name: string): Spec => JSON.parse(readFileSync(join(CONTRACTS, name), "utf8"));

/**
 * Closed for the test: an object schema that lists its properties takes no
 * others, so a misspelt key ("displayorder") fails here instead of being
 * dropped by HubSpot without a word.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === "example" ? v : closed(v);
  if ("properties" in out && !("additionalProperties" in out)) out.additionalProperties = false;
  return out;
}

/** HubSpot's request bodies, straight from its OpenAPI files (3.0: `example` and int32 are annotations). */
function hubspotValidator(file: string) {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: "spec", components: closed(spec(file).components) }, "spec");
  return (schema: string, value: unknown): string[] => {
    const validate = ajv.compile({ $ref: `spec#/components/schemas/${schema}` });
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${schema}${e.instancePath}: ${e.message}`);
  };
}

/** Problems of a body sent as this schema of HubSpot's CRM v3 Properties API (or Pipelines API, below). */
export const properties = hubspotValidator("hubspot-properties-v3.openapi.json");
export const pipelines = hubspotValidator("hubspot-pipelines-v3.openapi.json");

/** Which request body each HubSpot file of the pack is sent as (hubspot/README.md says which call). */
export function hubspotProblems(files: readonly PackFile[]): string[] {
  const problems: string[] = [];
  for (const f of files.filter((f) => f.path.startsWith("hubspot/") && f.path.endsWith(".json"))) {
    const body = JSON.parse(f.content);
    const errors = f.path.startsWith("hubspot/pipelines/")
      ? pipelines(f.path.endsWith("-replace.json") ? "PipelineReplaceInput" : "PipelineInput", body)
      : f.path.endsWith("/accord_reason_code.json")
        ? properties("PropertyCreate", body)
        : properties("PropertyUpdate", body);
    problems.push(...errors.map((e) => `${f.path}: ${e}`));
  }
  return problems;
}
