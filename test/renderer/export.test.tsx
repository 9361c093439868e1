import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { saveWorkshop } from "../../renderer/storage/repository";
import { buildCharter } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { verifyCharterFile } from "../../shared/charter/verify";
import type { Workshop } from "../../shared/workshop/model";
import { startNewVersion } from "../../shared/workshop/signoff";
import { expectOk } from "../builders";
import { aReadyWorkshop, aSignedWorkshop } from "../charter/charter-builders";
import { recordingHost, renderApp } from "./render-app";

/** The PDF engine is the other half of this export and has its own tests; here it is a promise the test resolves. */
const pdfEngine = vi.hoisted(() => ({ finish: (_: Uint8Array) => {}, calls: [] as unknown[] }));
vi.mock("../../renderer/features/export/pdf/render", () => ({
  renderCharterPdf: (file: unknown, fonts: unknown) => {
    pdfEngine.calls.push({ file, fonts });
    return new Promise<Uint8Array>((resolve) => {
      pdfEngine.finish = resolve;
    });
  },
}));

async function openExport(workshop: Workshop) {
  const recording = recordingHost();
  const app = renderApp({ host: recording.host });
  await saveWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}/export`;
  await screen.findByRole("heading", { name: /^Charter, version/ });
  return { ...app, saved: recording.saved };
}

const text = (contents: string | Uint8Array | undefined) => String(contents);

describe("export", () => {
  it("saves the signed charter as JSON, named for its title and version, and the file verifies as intact", async () => {
    const user = userEvent.setup();
    const app = await openExport(await aSignedWorkshop());
    expect(screen.getByText(/Signed by every signatory/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Export charter as JSON…" }));
    expect(await screen.findByText("Charter version 1 saved as JSON.")).toBeInTheDocument();
    const [file] = app.saved;
    expect(file?.suggestedName).toBe("Acme Revenue Alignment Charter v1.charter.json");
    const json = JSON.parse(text(file?.contents));
    expect(json).toMatchObject({ format: "accord.charter", formatVersion: 1, signOff: { status: "signed" } });
    expect(json.generator).toBe("Accord 0.0.0-test");
    expect(await verifyCharterFile(json)).toEqual({ intact: true });
    app.unmountAll();
  });

  it("makes the PDF with its progress shown, and only then saves it", async () => {
    const user = userEvent.setup();
    const app = await openExport(await aSignedWorkshop());
    await user.click(screen.getByRole("button", { name: "Export charter as PDF…" }));
    expect(await screen.findByText("PDF of version 1: Drawing pages…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export charter as PDF…" })).toBeDisabled();
    expect(app.saved).toHaveLength(0);
    await waitFor(() => expect(pdfEngine.calls).toHaveLength(1));
    const call = pdfEngine.calls[0] as { fonts: Record<string, string> };
    expect(Object.keys(call.fonts).sort()).toEqual(["bold", "italic", "regular", "semiBold"]);
    pdfEngine.finish(new Uint8Array([37, 80, 68, 70]));
    expect(await screen.findByText("Charter version 1 saved as PDF.")).toBeInTheDocument();
    expect(app.saved[0]?.suggestedName).toBe("Acme Revenue Alignment Charter v1.pdf");
    expect(app.saved[0]?.contents).toEqual(new Uint8Array([37, 80, 68, 70]));
    app.unmountAll();
  });

  it("exports an earlier signed version exactly as it was signed", async () => {
    const user = userEvent.setup();
    const signed = await aSignedWorkshop();
    const v2 = expectOk(startNewVersion(signed, await contentHash(buildCharter(signed)), "2026-12-01T09:00:00Z"));
    const app = await openExport(v2);
    expect(screen.getByRole("heading", { name: "Charter, version 2" })).toBeInTheDocument();
    expect(screen.getByText(/the files will say “draft”/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Version 1 as JSON…" }));
    await waitFor(() => expect(app.saved).toHaveLength(1));
    const v1 = JSON.parse(text(app.saved[0]?.contents));
    expect(v1.charter.version).toBe(1);
    expect(v1.signOff.status).toBe("signed");
    expect(await verifyCharterFile(v1)).toEqual({ intact: true });
    app.unmountAll();
  });

  it("says why a charter without a date cannot be exported, and saves nothing", async () => {
    const user = userEvent.setup();
    const w = aReadyWorkshop();
    const app = await openExport({ ...w, details: { ...w.details, date: "" } });
    await user.click(screen.getByRole("button", { name: "Export charter as JSON…" }));
    expect(await screen.findByText("Set the workshop date before exporting the charter.")).toBeInTheDocument();
    expect(app.saved).toHaveLength(0);
    app.unmountAll();
  });

  it("exports the full workshop backup from the same screen", async () => {
    const user = userEvent.setup();
    const app = await openExport(aReadyWorkshop());
    const section = screen.getByRole("region", { name: "Workshop backup" });
    await user.click(within(section).getByRole("button", { name: "Export backup…" }));
    await waitFor(() => expect(app.saved).toHaveLength(1));
    expect(app.saved[0]?.suggestedName).toMatch(/^Acme Revenue Alignment Charter backup .*\.accord\.json$/);
    expect(JSON.parse(text(app.saved[0]?.contents)).format).toBe("accord.workshop");
    app.unmountAll();
  });
});
