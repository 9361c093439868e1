import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { edit, useWorkshopStore } from "../../renderer/store/workshop-store";
import type { Term } from "../../shared/workshop/model";
import { TINY_PNG } from "../builders";
import { aReadyWorkshop, aSignedWorkshop } from "../charter/charter-builders";
import { storedWorkshop } from "../stored";
import { openView } from "./workshop-fixtures";

const DRAWN = TINY_PNG;

/** jsdom has no canvas: a pad that records strokes and hands back a fixed PNG. */
function fakeCanvas() {
  const ctx = { beginPath() {}, moveTo() {}, lineTo() {}, stroke() {}, clearRect() {} };
  const getContext = vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(ctx as never);
  const toDataURL = vi.spyOn(HTMLCanvasElement.prototype, "toDataURL").mockReturnValue(DRAWN);
  return () => {
    getContext.mockRestore();
    toDataURL.mockRestore();
  };
}

async function signAs(user: ReturnType<typeof userEvent.setup>, person: string, typed: string) {
  await user.click(await screen.findByRole("button", { name: `Sign as ${person}` }));
  const form = screen.getByRole("form", { name: `Sign as ${person}` });
  await user.type(within(form).getByLabelText(`Typed name of ${person}`), typed);
  await waitFor(() => expect(within(form).getByRole("button", { name: /^Sign version/ })).toBeEnabled());
  return form;
}

const gappy = () => {
  const w = aReadyWorkshop();
  return { ...w, transitions: w.transitions.map((t) => ({ ...t, sla: null, trigger: "" })) };
};

describe("sign-off", () => {
  it("lists each gap as a link to the view where it is fixed, and keeps signing closed until they are settled", async () => {
    const app = await openView("signoff", gappy());
    const trigger = await screen.findByRole("link", { name: "Handoff MQL → SQL has no trigger." });
    const handoff = app.workshop.transitions.find((t) => t.handoff)?.id as string;
    expect(trigger).toHaveAttribute("href", `#/workshop/${app.workshop.id}/journey/${handoff}/trigger`);
    expect(screen.getByRole("link", { name: "Handoff MQL → SQL has no SLA." })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Before signing: 2 to settle" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sign as Anna Łódź" })).toBeDisabled();
    app.unmountAll();
  });

  it("lands the keyboard in the very field a gap names: the handoff's trigger, its SLA", async () => {
    const user = userEvent.setup();
    const app = await openView("signoff", gappy());
    await user.click(await screen.findByRole("link", { name: "Handoff MQL → SQL has no trigger." }));
    const inspector = await screen.findByRole("region", { name: "Transition from MQL to SQL" });
    const trigger = within(inspector).getByLabelText("Trigger");
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    await user.keyboard("Asked for a meeting");
    expect(trigger).toHaveValue("Asked for a meeting");
    window.location.hash = `#/workshop/${app.workshop.id}/signoff`;
    await user.click(await screen.findByRole("link", { name: "Handoff MQL → SQL has no SLA." }));
    const sla = await screen.findByRole("region", { name: "Transition from MQL to SQL" });
    await waitFor(() => expect(sla.querySelector('[data-field="sla"]')?.contains(document.activeElement)).toBe(true));
    app.unmountAll();
  });

  it("opens the Agree view on the very term a gap names, not the first one open", async () => {
    const user = userEvent.setup();
    const ready = aReadyWorkshop();
    const intent = ready.terms.find((t) => t.stageId === null) as Term;
    const open = (id: string, term: string): Term => ({ ...intent, id, term, status: "open" });
    const app = await openView("signoff", {
      ...ready,
      terms: [...ready.terms, open("t-lead-2", "Lead"), open("t-fit", "Fit")],
    });
    await user.click(await screen.findByRole("link", { name: "Term Fit is neither agreed nor parked." }));
    expect(await screen.findByRole("heading", { level: 2, name: "Fit" })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/workshop/${app.workshop.id}/agreement/t-fit`);
    const picker = screen.getByRole("navigation", { name: "Terms" });
    expect(within(picker).getByRole("button", { name: /^Fit/ })).toHaveAttribute("aria-current", "true");
    app.unmountAll();
  });

  it("opens the map on the handoff a gap names, with its inspector", async () => {
    const user = userEvent.setup();
    const app = await openView("signoff", gappy());
    await user.click(await screen.findByRole("link", { name: "Handoff MQL → SQL has no SLA." }));
    const inspector = await screen.findByRole("region", { name: "Transition from MQL to SQL" });
    expect(within(inspector).getByLabelText("Trigger")).toHaveValue("");
    app.unmountAll();
  });

  it("signs with open items: the gaps are written into the charter's open items first", async () => {
    const user = userEvent.setup();
    const app = await openView("signoff", gappy());
    await user.click(await screen.findByRole("button", { name: "Sign with open items" }));
    expect(screen.getAllByText("recorded as an open item")).toHaveLength(2);
    expect(screen.getByRole("heading", { name: "Ready to sign, with open items" })).toBeInTheDocument();
    expect(useWorkshopStore.getState().workshop?.parkingLot.map((p) => p.text)).toEqual(
      expect.arrayContaining(["Handoff MQL → SQL has no trigger.", "Handoff MQL → SQL has no SLA."]),
    );
    await signAs(user, "Anna Łódź", "Anna Łódź");
    await user.click(screen.getByRole("button", { name: "Sign version 1" }));
    expect(await screen.findByText(/Signed as “Anna Łódź”/)).toBeInTheDocument();
    app.unmountAll();
  });

  it("signs typed and drawn, stamps the approved hash, then locks the version and refuses edits", async () => {
    const restore = fakeCanvas();
    const user = userEvent.setup();
    const app = await openView("signoff", aReadyWorkshop());
    await screen.findByText(/Signing approves version 1, content hash/);
    await signAs(user, "Anna Łódź", "Anna Łódź");
    await user.click(screen.getByRole("button", { name: "Sign version 1" }));

    const form = await signAs(user, "Bo Ærøskøbing", "Bo Ærøskøbing");
    const pad = within(form).getByLabelText("Drawn signature of Bo Ærøskøbing");
    fireEvent.pointerDown(pad, { clientX: 10, clientY: 10, pointerId: 1 });
    fireEvent.pointerMove(pad, { clientX: 80, clientY: 40, pointerId: 1 });
    fireEvent.pointerUp(pad, { clientX: 80, clientY: 40, pointerId: 1 });
    await user.click(within(form).getByRole("button", { name: "Sign version 1" }));

    expect(await screen.findByRole("heading", { name: /LOCKED · Version 1 is signed/ })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Drawn signature of Bo Ærøskøbing" })).toHaveAttribute("src", DRAWN);
    const stored = await waitFor(async () => {
      const w = await storedWorkshop(app.db, app.workshop.id);
      expect(w?.signOff.signatures).toHaveLength(2);
      return w;
    });
    const [anna, bo] = stored?.signOff.signatures ?? [];
    expect(anna).toMatchObject({ name: "Anna Łódź", method: "typed", image: null });
    expect(bo).toMatchObject({ name: "Bo Ærøskøbing", method: "drawn", image: DRAWN });
    expect(anna?.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(bo?.contentHash).toBe(anna?.contentHash);

    // The store refuses any edit to signed content, with the reason in the shell's banner.
    expect(edit("updateDetails", { title: "Changed after signing" }).ok).toBe(false);
    expect(
      await screen.findByText("Version 1 is signed and locked: to change it, start version 2 on the Sign off screen."),
    ).toBeInTheDocument();
    expect(useWorkshopStore.getState().workshop?.details.title).toBe("Acme Revenue Alignment Charter");
    // What is not signed, such as where a stage sits on the map, still moves.
    expect(edit("moveStages", { "s-mql": { x: 999, y: 1 } }).ok).toBe(true);
    restore();
    app.unmountAll();
  });

  it("says beside the form why a signature was refused", async () => {
    const user = userEvent.setup();
    const app = await openView("signoff", aReadyWorkshop());
    await signAs(user, "Anna Łódź", "   ");
    await user.click(screen.getByRole("button", { name: "Sign version 1" }));
    const form = screen.getByRole("form", { name: "Sign as Anna Łódź" });
    expect(within(form).getByRole("alert")).toHaveTextContent("Type your name to sign.");
    app.unmountAll();
  });

  it("starts version 2, which lists what changed since version 1 and keeps version 1 readable", async () => {
    const user = userEvent.setup();
    const app = await openView("signoff", await aSignedWorkshop());
    await user.click(await screen.findByRole("button", { name: "Start version 2" }));
    expect(await screen.findByRole("heading", { name: "Changes since version 1" })).toBeInTheDocument();
    edit("updateDetails", { title: "Acme Charter 2027" });
    expect(await screen.findByText("Title: Acme Revenue Alignment Charter → Acme Charter 2027")).toBeInTheDocument();
    expect(screen.getAllByText("Not signed", { selector: ".signatory-state" })).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: "View version 1" }));
    const v1 = await screen.findByRole("article", { name: /version 1$/ });
    expect(within(v1).getByRole("heading", { name: "Acme Revenue Alignment Charter" })).toBeInTheDocument();
    expect(within(v1).getByText(/signed by every signatory/)).toBeInTheDocument();
    app.unmountAll();
  });

  it("asks before signing with a name that is not the signatory's, and takes the name typed without accents", async () => {
    const user = userEvent.setup();
    const app = await openView("signoff", aReadyWorkshop());
    await user.click(await screen.findByRole("button", { name: "Sign as Anna Łódź" }));
    const form = screen.getByRole("form", { name: "Sign as Anna Łódź" });
    // The form opens on the one field it needs.
    expect(within(form).getByLabelText("Typed name of Anna Łódź")).toHaveFocus();
    await user.keyboard("Bo Berg");
    await user.click(within(form).getByRole("button", { name: "Sign version 1" }));
    expect(within(form).getByRole("alert")).toHaveTextContent("“Bo Berg” is not the name of Anna Łódź.");
    expect(useWorkshopStore.getState().workshop?.signOff.signatures).toHaveLength(0);
    // Typing it again as her name signs at once: accents and case aside, it is hers.
    await user.clear(within(form).getByLabelText("Typed name of Anna Łódź"));
    await user.type(within(form).getByLabelText("Typed name of Anna Łódź"), "anna lodz");
    await user.click(within(form).getByRole("button", { name: "Sign version 1" }));
    await waitFor(() => expect(useWorkshopStore.getState().workshop?.signOff.signatures[0]?.name).toBe("anna lodz"));
    app.unmountAll();
  });

  it("signs with another name once the signer confirms it", async () => {
    const user = userEvent.setup();
    const app = await openView("signoff", aReadyWorkshop());
    const form = await signAs(user, "Anna Łódź", "A. Ł.");
    await user.click(within(form).getByRole("button", { name: "Sign version 1" }));
    await user.click(within(form).getByRole("button", { name: "Sign with “A. Ł.” anyway" }));
    await waitFor(() => expect(useWorkshopStore.getState().workshop?.signOff.signatures[0]?.name).toBe("A. Ł."));
    app.unmountAll();
  });
});
