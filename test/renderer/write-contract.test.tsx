import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AccordDatabase } from "../../renderer/storage/db";
import { connectPersistence } from "../../renderer/storage/persistence";
import {
  change,
  edit,
  openWorkshop,
  redo,
  resetWorkshopStore,
  undo,
  useWorkshopStore,
} from "../../renderer/store/workshop-store";
import { buildCharterFile } from "../../shared/charter/build";
import { call } from "../../shared/contract";
import { pdfStatus } from "../../shared/pdf/status";
import { currentHash } from "../../shared/signoff/lock";
import { expectOk } from "../builders";
import { AT, aReadyWorkshop, aSignedWorkshop, INFO } from "../charter/charter-builders";
import { checked } from "../stored";
import { openView } from "./workshop-fixtures";

const workshop = () => useWorkshopStore.getState().workshop;
const signing = (participantId: string, name: string) => ({
  participantId,
  name,
  method: "typed" as const,
  image: null,
  at: AT,
  contentHash: currentHash(workshop() ?? checked(aReadyWorkshop())),
});

describe("the store is a thin adapter over the contract", () => {
  beforeEach(() => resetWorkshopStore());

  it("returns what the operation made: the new stage's id, not a guess from the end of a list", () => {
    openWorkshop(checked(aReadyWorkshop()));
    const added = edit("addStage", { name: "Opportunity" });
    expect(added.ok && workshop()?.stages.find((s) => s.id === added.value)?.name).toBe("Opportunity");
  });

  it("Ctrl+Z never takes a signature back, nor the edits it approved", () => {
    openWorkshop(checked(aReadyWorkshop()));
    edit("updateDetails", { facilitator: "Zoë M." });
    expect(edit("signCharter", signing("p-ann", "Anna Łódź")).ok).toBe(true);
    expect(undo()).toBe(false);
    expect(workshop()?.signOff.signatures.map((s) => s.participantId)).toEqual(["p-ann"]);
    expect(workshop()?.details.facilitator).toBe("Zoë M.");
  });

  it("a signatory who wants out withdraws, deliberately, and the log says so; undo does not bring it back", () => {
    openWorkshop(checked(aReadyWorkshop()));
    edit("signCharter", signing("p-ann", "Anna Łódź"));
    expect(edit("withdrawSignature", "p-ann", "2026-11-22T15:00:00Z").ok).toBe(true);
    expect(workshop()?.signOff.signatures).toEqual([]);
    expect(workshop()?.decisions.at(-1)).toMatchObject({
      kind: "note",
      text: "Anna Łódź withdrew their signature from version 1.",
      at: "2026-11-22T15:00:00Z",
    });
    expect(undo()).toBe(false);
    expect(workshop()?.signOff.signatures).toEqual([]);
  });

  it("undoing the facilitator's edit keeps a vote the room cast meanwhile", () => {
    openWorkshop(checked(aReadyWorkshop()));
    const team = workshop()?.teams[0]?.id as string;
    edit("updateAgreement", "t-lead", { definition: "A person who raised a hand" });
    const vote = change(call("castVote", "t-lead", team, 5), { origin: "room" });
    if (!vote.ok) throw new Error("the room's vote was refused");
    expect(undo()).toBe(true);
    const term = workshop()?.terms.find((t) => t.id === "t-lead");
    expect(term?.agreed.definition).toBe(aReadyWorkshop().terms.find((t) => t.id === "t-lead")?.agreed.definition);
    expect(term?.consensus.votes.map((v) => v.id)).toContain(vote.value);
    expect(redo()).toBe(true);
    expect(workshop()?.terms.find((t) => t.id === "t-lead")?.agreed.definition).toBe("A person who raised a hand");
  });

  it("an edit notifies the document's readers once: saving is reported elsewhere", async () => {
    const db = new AccordDatabase(`accord-notify-${Math.random()}`);
    const persistence = connectPersistence(db);
    openWorkshop(checked(aReadyWorkshop()));
    let notified = 0;
    const stop = useWorkshopStore.subscribe(() => notified++);
    edit("updateDetails", { title: "Once" });
    await persistence.queue.settled();
    stop();
    persistence.disconnect();
    expect(notified).toBe(1);
  });
});

describe("what is signed reads the same everywhere", () => {
  it("signatures given on content that changed since count nowhere: phase bar, Sign off, Export, the file and the PDF", async () => {
    const user = userEvent.setup();
    const signed = await aSignedWorkshop();
    // As an older Accord could leave it: everyone signed, then the title changed without the lock.
    const drifted = { ...signed, details: { ...signed.details, title: "Renamed behind the lock" } };
    const app = await openView("signoff", drifted);

    const phases = await screen.findByRole("navigation", { name: "Workshop phases" });
    expect(within(phases).getByRole("link", { name: /Sign off/ })).toHaveTextContent("0 of 2 signed");
    expect(await screen.findAllByText("Signed an earlier draft: sign again")).toHaveLength(2);
    expect(screen.queryByRole("heading", { name: /LOCKED/ })).not.toBeInTheDocument();

    await user.click(within(phases).getByRole("link", { name: /Export/ }));
    expect(await screen.findByText(/Not signed by everyone yet/)).toBeInTheDocument();

    const file = expectOk(await buildCharterFile(checked(drifted), INFO));
    expect(file.signOff).toMatchObject({ status: "draft", signatures: [] });
    expect(pdfStatus(file, true)).toMatchObject({ label: "Draft", detail: "0 of 2 signatories have signed." });
    app.unmountAll();
  });

  it("the home screen's rename of a signed, locked version is refused with the way to change it", async () => {
    const user = userEvent.setup();
    const app = await openView("signoff", await aSignedWorkshop());
    await screen.findByRole("heading", { name: /LOCKED/ });
    window.location.hash = "#/";
    await user.click(await screen.findByRole("button", { name: "Rename Acme Revenue Alignment Charter" }));
    const field = screen.getByRole("textbox", { name: "New title for Acme Revenue Alignment Charter" });
    await user.clear(field);
    await user.type(field, "Renamed from home{Enter}");
    expect(
      await screen.findByText("Version 1 is signed and locked: to change it, start version 2 on the Sign off screen."),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await app.db.workshops.toArray())[0]?.title).toBe("Acme Revenue Alignment Charter"),
    );
    app.unmountAll();
  });
});
