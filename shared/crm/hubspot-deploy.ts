/**
 * hubspot/deploy.mjs: the pack's HubSpot calls in one command, with what the
 * calls alone cannot do. HubSpot replaces a property's whole option list, so
 * the script reads the portal first and keeps the options it made itself
 * (custom lifecycle stages); it creates the reason code property and the
 * deal pipeline the first time and updates them on a later version. It is
 * the same text in every pack (what it sends comes from the pack's files),
 * written without template literals of its own so that this file holds it
 * as it is (the one value put in is PIPELINE_REPLACE_CHECKS).
 * Node 18 or later, no packages.
 */
/**
 * Asked of every replacement of the deal pipeline: HubSpot refuses it rather
 * than delete a stage that deals or anything else still use.
 */
export const PIPELINE_REPLACE_CHECKS = "?validateReferencesBeforeDelete=true&validateDealStageUsagesBeforeDelete=true";

export const HUBSPOT_DEPLOY_SCRIPT = `#!/usr/bin/env node
// Sends this folder's HubSpot set-up, made by Accord from a charter (see README.md).
//   HUBSPOT_TOKEN=... node deploy.mjs            sends it
//   HUBSPOT_TOKEN=... node deploy.mjs --dry-run  reads the portal and prints what it would send
// HUBSPOT_API sets another address than https://api.hubapi.com. Exit codes: 0 done,
// 1 HubSpot refused a call or could not be reached, 2 no token.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const api = (process.env.HUBSPOT_API || "https://api.hubapi.com").replace(/\\/+$/, "");
const token = process.env.HUBSPOT_TOKEN;
const dryRun = process.argv.includes("--dry-run");

function read(file) {
  const path = join(here, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

async function call(method, path, body) {
  let response;
  try {
    response = await fetch(api + path, {
      method,
      headers: { authorization: "Bearer " + token, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    console.error("Could not reach HubSpot at " + api + ": " + (error.cause?.message || error.message));
    process.exit(1);
  }
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: response.status, body: parsed };
}

function refused(what, answer) {
  const why = answer.body && answer.body.message ? ": " + answer.body.message : "";
  console.error(what + ": HubSpot answered " + answer.status + why);
  process.exit(1);
}

async function send(method, path, body, what) {
  if (dryRun) {
    console.log("Would " + method + " " + path + " (" + what + "):\\n" + JSON.stringify(body, null, 2));
    return;
  }
  const answer = await call(method, path, body);
  if (answer.status >= 300) refused(what, answer);
  console.log(what + ": " + method + " " + path + ", done.");
}

// The pack's options first, in its order; then the portal's own that the pack does not name.
function withTheirs(ours, theirs, hideTheirs) {
  const named = new Set(ours.map((o) => o.value));
  const kept = theirs
    .filter((o) => !named.has(o.value))
    .map((o, i) => ({
      label: o.label,
      value: o.value,
      description: o.description || "",
      displayOrder: ours.length + i,
      hidden: hideTheirs ? true : Boolean(o.hidden),
    }));
  return ours.concat(kept);
}

async function current(path, what) {
  const answer = await call("GET", path);
  if (answer.status === 404) return null;
  if (answer.status >= 300) refused(what, answer);
  if (!answer.body) refused(what, { status: answer.status, body: { message: "its answer was not the JSON expected" } });
  return answer.body;
}

// A lifecycle stage or lead status the portal made itself (in its settings) stays in the list.
async function options(property) {
  const ours = read("properties/contacts/" + property + ".json");
  if (!ours) return;
  const path = "/crm/v3/properties/contacts/" + property;
  const portal = await current(path, "Reading " + property);
  if (!portal) refused("Reading " + property, { status: 404, body: { message: "the property does not exist" } });
  await send("PATCH", path, { options: withTheirs(ours.options, portal.options || [], false) }, property);
}

// Made the first time; after that its label, description and codes are updated. A code the
// room dropped stays, hidden: records may still hold it.
async function reasonCodes() {
  const ours = read("properties/contacts/accord_reason_code.json");
  if (!ours) return;
  const path = "/crm/v3/properties/contacts/" + ours.name;
  const portal = await current(path, "Reading " + ours.name);
  if (!portal) return send("POST", "/crm/v3/properties/contacts", ours, ours.name);
  const update = {
    label: ours.label,
    description: ours.description,
    options: withTheirs(ours.options, portal.options || [], true),
  };
  await send("PATCH", path, update, ours.name);
}

// Made the first time at its own id; after that replaced at that id, stage for stage. HubSpot
// is asked to refuse the replacement if it would delete a stage that deals or anything else
// still use (a stage the charter dropped, or renamed through its API name).
async function pipeline() {
  const ours = read("pipelines/deals.json");
  if (!ours) return;
  const path = "/crm/v3/pipelines/deals/" + encodeURIComponent(ours.pipelineId);
  const portal = await current(path, "Reading the deal pipeline");
  if (!portal) return send("POST", "/crm/v3/pipelines/deals", ours, "The deal pipeline");
  const replacement = read("pipelines/deals-replace.json");
  if (!replacement) {
    console.error("The deal pipeline: pipelines/deals-replace.json is missing from this folder.");
    process.exit(1);
  }
  const checked = path + "${PIPELINE_REPLACE_CHECKS}";
  await send("PUT", checked, replacement, "The deal pipeline");
}

if (!token) {
  console.error("Set HUBSPOT_TOKEN to a private app's token first: it needs to change contact properties and deal pipelines.");
  process.exit(2);
}
await options("lifecyclestage");
await options("hs_lead_status");
await reasonCodes();
await pipeline();
console.log(dryRun ? "Nothing was sent (--dry-run)." : "HubSpot is set up as the charter says.");
`;
