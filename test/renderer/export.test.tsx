import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PdfJob, PdfReply } from "../../renderer/features/export/pdf.worker";
import { stopPdfWorker } from "../../renderer/features/export/pdf-in-worker";
import { buildCharter } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { verifyCharterFile } from "../../shared/charter/verify";
import { startNewVersion } from "../../shared/signoff/versions";
import type { Workshop } from "../../shared/workshop/model";
import { expectOk } from "../builders";
import { aReadyWorkshop, aSignedWorkshop } from "../charter/charter-builders";
import { storeWorkshop } from "../stored";
import { recordingHost, renderApp } from "./render-app";

/** The PDF engine is the other half of this export and has its own tests; here it is a promise the test resolves. */
const pdfEngine = vi.hoisted(() => ({ finish: (_: Uint8Array) => {}, calls: [] as unknown[] }));
vi.mock("../../shared/pdf/render", () => ({
  renderCharterPdf: (file: unknown, fonts: unknown) => {
    pdfEngine.calls.push({ file, fonts });
    return new Promise<Uint8Array>((resolve) => {
      pdfEngine.finish = resolve;
    });
  },
}));

/**
 * A stand-in for the PDF worker: it keeps the jobs posted to it and answers
 * when the test says. jsdom has no Worker of its own, so without this stand-in
 * the PDF is made by the (mocked) engine on the window's thread, the fallback.
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<PdfReply>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  jobs: PdfJob[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(job: PdfJob) {
    this.jobs.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: PdfReply) {
    this.onmessage?.({ data } as MessageEvent<PdfReply>);
  }
  failToLoad() {
    this.onerror?.(new Event("error"));
  }
}

async function openExport(workshop: Workshop) {
  const recording = recordingHost();
  const app = renderApp({ host: recording.host });
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
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
    // Every export is sealed by this installation's key, and the seal holds.
    expect(await verifyCharterFile(json)).toEqual({ intact: true, sealed: true, key: json.seal.keyFingerprint });
    expect(json.seal.keyFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The view names the same key, for the facilitator to hand to whoever imports the file.
    expect(await screen.findByText(json.seal.keyFingerprint)).toBeInTheDocument();
    app.unmountAll();
  });

  // jsdom has no Worker: this is the fallback, the PDF made on the window's thread.
  it("makes the PDF with its progress shown, and only then saves it", async () => {
    const user = userEvent.setup();
    const app = await openExport(await aSignedWorkshop());
    await user.click(screen.getByRole("button", { name: "Export charter as PDF…" }));
    expect(await screen.findByText("PDF of version 1: Drawing pages…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export charter as PDF…" })).toBeDisabled();
    expect(app.saved).toHaveLength(0);
    await waitFor(() => expect(pdfEngine.calls).toHaveLength(1));
    const call = pdfEngine.calls[0] as { fonts: Record<string, unknown> };
    expect(Object.keys(call.fonts).sort()).toEqual(["bold", "fallbacks", "italic", "regular", "semiBold"]);
    pdfEngine.finish(new Uint8Array([37, 80, 68, 70]));
    expect(await screen.findByText("Charter version 1 saved as PDF.")).toBeInTheDocument();
    expect(app.saved[0]?.suggestedName).toBe("Acme Revenue Alignment Charter v1.pdf");
    expect(app.saved[0]?.contents).toEqual(new Uint8Array([37, 80, 68, 70]));
    app.unmountAll();
  });

  describe("in the PDF worker", () => {
    beforeEach(() => {
      FakeWorker.made = [];
      pdfEngine.calls.length = 0;
      vi.stubGlobal("Worker", FakeWorker);
    });
    afterEach(() => {
      stopPdfWorker();
      vi.unstubAllGlobals();
    });

    it("starts the worker only when an export starts, sends it the charter and the fonts' full URLs, and saves its bytes", async () => {
      const user = userEvent.setup();
      const app = await openExport(await aSignedWorkshop());
      expect(FakeWorker.made).toHaveLength(0);
      await user.click(screen.getByRole("button", { name: "Export charter as PDF…" }));
      expect(await screen.findByText("PDF of version 1: Drawing pages…")).toBeInTheDocument();
      await waitFor(() => expect(FakeWorker.made[0]?.jobs).toHaveLength(1));
      const worker = FakeWorker.made[0] as FakeWorker;
      expect(worker.url.pathname).toMatch(/\/pdf\.worker\.ts$/);
      expect(worker.options.type).toBe("module");
      const job = worker.jobs[0] as PdfJob;
      expect(job.file.charter.version).toBe(1);
      const { fallbacks, ...noto } = job.fonts;
      expect(Object.keys(noto).sort()).toEqual(["bold", "italic", "regular", "semiBold"]);
      expect(Object.keys(fallbacks).sort()).toEqual(["chinese", "emoji", "japanese", "korean", "math", "symbols"]);
      const urls = [...Object.values(noto), ...Object.values(fallbacks).flatMap((f) => [f.regular, f.bold])];
      for (const url of urls) expect(url).toMatch(new RegExp(`^${window.location.origin}/`));
      expect(app.saved).toHaveLength(0);

      worker.reply({ id: job.id, bytes: new Uint8Array([37, 80, 68, 70]).buffer });
      expect(await screen.findByText("Charter version 1 saved as PDF.")).toBeInTheDocument();
      expect(app.saved[0]?.contents).toEqual(new Uint8Array([37, 80, 68, 70]));
      expect(pdfEngine.calls).toHaveLength(0);
      app.unmountAll();
    });

    it("says why when the worker could not make the PDF, and saves nothing", async () => {
      const user = userEvent.setup();
      const app = await openExport(await aSignedWorkshop());
      await user.click(screen.getByRole("button", { name: "Export charter as PDF…" }));
      await waitFor(() => expect(FakeWorker.made[0]?.jobs).toHaveLength(1));
      const worker = FakeWorker.made[0] as FakeWorker;
      worker.reply({ id: (worker.jobs[0] as PdfJob).id, error: "a font could not be read" });
      expect(await screen.findByRole("alert")).toHaveTextContent(
        "The PDF could not be made: a font could not be read.",
      );
      expect(app.saved).toHaveLength(0);
      expect(pdfEngine.calls).toHaveLength(0);
      app.unmountAll();
    });

    it("makes the PDF on the window's thread when the worker's script does not load", async () => {
      const user = userEvent.setup();
      const app = await openExport(await aSignedWorkshop());
      await user.click(screen.getByRole("button", { name: "Export charter as PDF…" }));
      await waitFor(() => expect(FakeWorker.made[0]?.jobs).toHaveLength(1));
      (FakeWorker.made[0] as FakeWorker).failToLoad();
      await waitFor(() => expect(pdfEngine.calls).toHaveLength(1));
      expect((FakeWorker.made[0] as FakeWorker).terminated).toBe(true);
      pdfEngine.finish(new Uint8Array([37, 80, 68, 70]));
      expect(await screen.findByText("Charter version 1 saved as PDF.")).toBeInTheDocument();
      expect(app.saved[0]?.contents).toEqual(new Uint8Array([37, 80, 68, 70]));
      app.unmountAll();
    });
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
    expect(await verifyCharterFile(v1)).toEqual({ intact: true, sealed: true, key: v1.seal.keyFingerprint });
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
