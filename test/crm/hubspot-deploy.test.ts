import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { buildCrmPack, type PackFile } from "../../shared/crm/pack";
import { HUBSPOT_DEFAULT_STAGES } from "../../shared/journey/crm";
import { removeReasonCode, updateReasonCode } from "../../shared/workshop/crm-rules";
import type { Workshop } from "../../shared/workshop/model";
import { expectOk } from "../builders";
import { pipelines, properties } from "./contracts";
import { aDealsWorkshop, charterOf } from "./pack-builders";

const run = promisify(execFile);
const TOKEN = "pat-test-123";

interface Option {
  label: string;
  value: string;
  description?: string;
  displayOrder?: number;
  hidden?: boolean;
}
interface Sent {
  method: string;
  path: string;
  query: string;
  body: unknown;
}

/**
 * Enough of HubSpot's CRM v3 API for the pack, on 127.0.0.1: contact
 * properties and deal pipelines, every body checked against HubSpot's own
 * OpenAPI schema (a body that is not valid gets HubSpot's 400).
 */
class FakeHubspot {
  readonly sent: Sent[] = [];
  readonly properties = new Map<string, { name: string; label: string; options: Option[] }>();
  readonly pipelines = new Map<string, { label: string; stages: unknown[] }>();
  private server: Server | null = null;

  constructor() {
    // A portal as HubSpot makes it, with one lifecycle stage made in its settings.
    this.properties.set("lifecyclestage", {
      name: "lifecyclestage",
      label: "Lifecycle stage",
      options: [
        ...HUBSPOT_DEFAULT_STAGES.map((s, i) => ({ ...s, description: "", displayOrder: i, hidden: false })),
        { label: "Partner", value: "1234567", description: "Made in settings", displayOrder: 8, hidden: false },
      ],
    });
    this.properties.set("hs_lead_status", { name: "hs_lead_status", label: "Lead status", options: [] });
  }

  async start(): Promise<string> {
    const server = createServer((request, response) => {
      void this.answer(request).then(({ status, body }) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** What changed the portal: every call but the reads. */
  changes(): Sent[] {
    return this.sent.filter((s) => s.method !== "GET");
  }

  private async answer(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    let text = "";
    for await (const chunk of request) text += chunk;
    const method = request.method ?? "GET";
    const url = new URL(request.url ?? "/", "http://x");
    const path = url.pathname;
    const body = text ? JSON.parse(text) : undefined;
    this.sent.push({ method, path, query: url.search, body });
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      return { status: 401, body: { status: "error", message: "Authentication credentials not found." } };
    }
    const invalid = (problems: string[]) =>
      problems.length > 0 ? { status: 400, body: { status: "error", message: problems.join("; ") } } : null;
    const property = /^\/crm\/v3\/properties\/contacts\/([^/]+)$/.exec(path)?.[1];
    if (property && method === "GET") {
      const found = this.properties.get(property);
      return found
        ? { status: 200, body: found }
        : { status: 404, body: { message: `Property ${property} not found` } };
    }
    if (property && method === "PATCH") {
      const found = this.properties.get(property);
      if (!found) return { status: 404, body: { message: `Property ${property} not found` } };
      const refused = invalid(properties("PropertyUpdate", body));
      if (refused) return refused;
      Object.assign(found, body);
      return { status: 200, body: found };
    }
    if (path === "/crm/v3/properties/contacts" && method === "POST") {
      const refused = invalid(properties("PropertyCreate", body));
      if (refused) return refused;
      const made = body as { name: string; label: string; options: Option[] };
      if (this.properties.has(made.name)) return { status: 409, body: { message: "Property already exists" } };
      this.properties.set(made.name, made);
      return { status: 201, body: made };
    }
    const pipelineId = /^\/crm\/v3\/pipelines\/deals\/([^/]+)$/.exec(path)?.[1];
    if (pipelineId && method === "GET") {
      const found = this.pipelines.get(decodeURIComponent(pipelineId));
      return found ? { status: 200, body: found } : { status: 404, body: { message: "Pipeline not found" } };
    }
    if (pipelineId && method === "PUT") {
      const id = decodeURIComponent(pipelineId);
      if (!this.pipelines.has(id)) return { status: 404, body: { message: "Pipeline not found" } };
      const refused = invalid(pipelines("PipelineReplaceInput", body));
      if (refused) return refused;
      this.pipelines.set(id, body as { label: string; stages: unknown[] });
      return { status: 200, body };
    }
    if (path === "/crm/v3/pipelines/deals" && method === "POST") {
      const refused = invalid(pipelines("PipelineInput", body));
      if (refused) return refused;
      const { pipelineId: id, ...made } = body as { pipelineId: string; label: string; stages: unknown[] };
      this.pipelines.set(id, made);
      return { status: 201, body: { id, ...made } };
    }
    return { status: 404, body: { message: `No ${method} ${path}` } };
  }
}

/** The pack written out as the CLI writes it; returns its hubspot/ folder. */
function written(files: PackFile[], root: string): string {
  for (const f of files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
  return join(root, "hubspot");
}

async function deploy(folder: string, env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(folder, "deploy.mjs"), ...args], {
      env: { PATH: process.env.PATH ?? "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("hubspot/deploy.mjs, against a HubSpot that checks every body against its OpenAPI schema", () => {
  let hubspot: FakeHubspot;
  let api: string;
  const dirs: string[] = [];
  const packFolder = async (w: Workshop) => {
    const dir = mkdtempSync(join(tmpdir(), "accord-hubspot-"));
    dirs.push(dir);
    return written(expectOk(buildCrmPack(await charterOf(w))), dir);
  };

  afterEach(async () => hubspot?.stop());
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const aPortal = async () => {
    hubspot = new FakeHubspot();
    api = await hubspot.start();
  };

  it("sets up a new portal in one command and keeps the lifecycle stage the portal made itself", async () => {
    await aPortal();
    const folder = await packFolder(aDealsWorkshop());
    const done = await deploy(folder, { HUBSPOT_TOKEN: TOKEN, HUBSPOT_API: api });
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);
    expect(done.stdout).toContain("HubSpot is set up as the charter says.");
    expect(hubspot.changes().map((s) => `${s.method} ${s.path}`)).toEqual([
      "PATCH /crm/v3/properties/contacts/lifecyclestage",
      "POST /crm/v3/properties/contacts",
      "POST /crm/v3/pipelines/deals",
    ]);
    const lifecycle = hubspot.properties.get("lifecyclestage")?.options ?? [];
    expect(lifecycle.find((o) => o.value === "1234567")).toMatchObject({ label: "Partner", hidden: false });
    expect(lifecycle.filter((o) => !o.hidden).map((o) => o.value)).toEqual(
      expect.arrayContaining(["lead", "marketingqualifiedlead", "opportunity", "customer", "1234567"]),
    );
    expect(lifecycle.map((o) => o.displayOrder)).toEqual(lifecycle.map((_, i) => i));
    expect(hubspot.properties.get("accord_reason_code")?.options.map((o) => o.value)).toContain("misrouted");
    expect([...hubspot.pipelines.keys()]).toEqual([expect.stringMatching(/^accord_/)]);
  });

  it("updates on a later version: the reason codes patched (a dropped one kept hidden), the pipeline replaced at its id", async () => {
    await aPortal();
    const w = aDealsWorkshop();
    await deploy(await packFolder(w), { HUBSPOT_TOKEN: TOKEN, HUBSPOT_API: api });
    const [misrouted, incomplete] = w.crmRules?.reasonCodes ?? [];
    let later = expectOk(removeReasonCode(w, misrouted?.id as string));
    later = expectOk(updateReasonCode(later, incomplete?.id as string, { description: "No phone and no email." }));
    const before = hubspot.sent.length;
    const done = await deploy(await packFolder(later), { HUBSPOT_TOKEN: TOKEN, HUBSPOT_API: api });
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);
    const pipelineId = [...hubspot.pipelines.keys()][0] as string;
    expect(
      hubspot.sent
        .slice(before)
        .filter((s) => s.method !== "GET")
        .map((s) => `${s.method} ${s.path}`),
    ).toEqual([
      "PATCH /crm/v3/properties/contacts/lifecyclestage",
      "PATCH /crm/v3/properties/contacts/accord_reason_code",
      `PUT /crm/v3/pipelines/deals/${pipelineId}`,
    ]);
    expect(hubspot.pipelines.size).toBe(1);
    // HubSpot is asked to refuse the replacement rather than delete a stage deals are in.
    expect(hubspot.sent.find((s) => s.method === "PUT")?.query).toBe(
      "?validateReferencesBeforeDelete=true&validateDealStageUsagesBeforeDelete=true",
    );
    const codes = hubspot.properties.get("accord_reason_code")?.options ?? [];
    expect(codes.find((o) => o.value === "misrouted")).toMatchObject({ hidden: true });
    expect(codes.find((o) => o.value === "incomplete_record")).toMatchObject({
      description: "Rejected before contact. No phone and no email.",
      hidden: false,
    });
  });

  it("reads but sends nothing on --dry-run, and says what it would send", async () => {
    await aPortal();
    const done = await deploy(await packFolder(aDealsWorkshop()), { HUBSPOT_TOKEN: TOKEN, HUBSPOT_API: api }, [
      "--dry-run",
    ]);
    expect(done.code).toBe(0);
    expect(hubspot.changes()).toEqual([]);
    expect(done.stdout).toContain("Would PATCH /crm/v3/properties/contacts/lifecyclestage (lifecyclestage):");
    expect(done.stdout).toContain("Would POST /crm/v3/pipelines/deals (The deal pipeline):");
    expect(done.stdout).toContain("Nothing was sent (--dry-run).");
  });

  it("stops at the first call HubSpot refuses, with its message, and changes nothing after it", async () => {
    await aPortal();
    const done = await deploy(await packFolder(aDealsWorkshop()), { HUBSPOT_TOKEN: "wrong", HUBSPOT_API: api });
    expect(done.code).toBe(1);
    expect(done.stderr).toBe("Reading lifecyclestage: HubSpot answered 401: Authentication credentials not found.\n");
    expect(hubspot.sent).toHaveLength(1);
  });

  it("says what is missing without a token, or when HubSpot cannot be reached", async () => {
    const folder = await packFolder(aDealsWorkshop());
    const none = await deploy(folder, {});
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Set HUBSPOT_TOKEN to a private app's token first");
    await aPortal();
    await hubspot.stop();
    const away = await deploy(folder, { HUBSPOT_TOKEN: TOKEN, HUBSPOT_API: api });
    expect(away.code).toBe(1);
    expect(away.stderr).toContain(`Could not reach HubSpot at ${api}`);
  });
});
