import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useWorkshopStore } from "../../renderer/store/workshop-store";
import type { Workshop } from "../../shared/workshop/model";
import { aWorkshop } from "../builders";
import { aJourney } from "../shared/journey-builders";
import { storedWorkshop, storeWorkshop } from "../stored";
import { recordingHost, renderApp } from "./render-app";

async function openJourney(workshop: Workshop = aWorkshop(), options: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp(options);
  await storeWorkshop(app.db, workshop, "2026-11-20T10:00:00Z");
  window.location.hash = `#/workshop/${workshop.id}/journey`;
  await screen.findByRole("toolbar", { name: "Journey" });
  return { ...app, workshop, stored: () => storedWorkshop(app.db, workshop.id) };
}

const stageNode = (name: string) => {
  const node = document.querySelector(`.react-flow__node [data-stage="${name}"]`);
  if (!node) throw new Error(`no stage ${name} on the map`);
  return node.closest(".react-flow__node") as HTMLElement;
};
/** A plain click: user-event's mousedown has no window, which React Flow's drag handler (d3-drag) reads. */
async function clickStage(name: string) {
  const node = await waitFor(() => stageNode(name));
  fireEvent.click(node.querySelector(".stage-node-name") as HTMLElement);
}
const doc = () => useWorkshopStore.getState().workshop as Workshop;

describe("the journey map", () => {
  it("offers the templates on an empty journey and lays one out with its terms", async () => {
    const user = userEvent.setup();
    const app = await openJourney();
    const picker = screen.getByRole("list", { name: "Journey templates" });
    expect(
      within(picker)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toHaveLength(5);
    await user.click(within(picker).getByRole("button", { name: /Demand waterfall/ }));
    expect(await screen.findByText("Inquiry")).toBeInTheDocument();
    for (const name of ["MQL", "SAL", "SQL", "Closed/Won", "Closed/Lost"]) expect(stageNode(name)).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Journey templates" })).toBeNull();
    await waitFor(async () => expect((await app.stored())?.stages).toHaveLength(6));
    expect((await app.stored())?.terms.map((t) => t.term)).toEqual([
      "Inquiry",
      "MQL",
      "SAL",
      "SQL",
      "Closed/Won",
      "Closed/Lost",
    ]);
    app.unmountAll();
  });

  it("shows each stage's owner team, buyer words and term status; outcomes say how the journey ends", async () => {
    const { w } = aJourney();
    const app = await openJourney({
      ...w,
      stages: w.stages.map((s) => (s.id === "mql" ? { ...s, buyerLabel: "Keeps coming back" } : s)),
    });
    const mql = stageNode("MQL");
    expect(within(mql).getByText("Marketing")).toBeInTheDocument();
    expect(within(mql).getByText("“Keeps coming back”")).toBeInTheDocument();
    expect(within(mql).getByText("Open")).toBeInTheDocument();
    const won = stageNode("Won");
    expect(won.querySelector(".stage-node-outcome")).not.toBeNull();
    expect(within(won).getByText("Won", { selector: ".stage-node-kind" })).toBeInTheDocument();
    expect(mql.querySelector(".stage-node-outcome")).toBeNull();
    app.unmountAll();
  });

  it("adds a stage from the toolbar with its term at once, named in place, and undoes it", async () => {
    const user = userEvent.setup();
    const app = await openJourney(aJourney().w);
    await user.click(screen.getByRole("button", { name: "Add stage" }));
    const field = await screen.findByLabelText("Name on the map");
    await user.clear(field);
    await user.type(field, "SQL{Enter}");
    expect(stageNode("SQL")).toBeInTheDocument();
    const sql = doc().stages.find((s) => s.name === "SQL");
    expect(
      doc()
        .terms.filter((t) => t.stageId === sql?.id)
        .map((t) => t.term),
    ).toEqual(["SQL"]);
    await waitFor(async () => expect((await app.stored())?.stages.map((s) => s.name)).toContain("SQL"));
    await user.keyboard("{Control>}z{/Control}");
    expect(doc().stages.map((s) => s.name)).toContain("New stage");
    await user.keyboard("{Control>}z{/Control}");
    expect(doc().stages.map((s) => s.name)).toEqual(["MQL", "SAL", "Won"]);
    app.unmountAll();
  });

  it("opens the stage inspector on click and edits owner, kind and CRM mapping through the document", async () => {
    const user = userEvent.setup();
    const app = await openJourney(aJourney().w);
    await clickStage("SAL");
    const inspector = await screen.findByRole("region", { name: "Stage SAL" });
    await user.type(within(inspector).getByLabelText("Buyer's words"), "Ready to talk");
    await user.selectOptions(within(inspector).getByLabelText("Owner team"), "Marketing");
    await user.type(within(inspector).getByLabelText("Owner role"), "SDR");
    await user.type(within(inspector).getByLabelText("HubSpot lifecycle stage"), "salesqualifiedlead");
    await user.type(within(inspector).getByLabelText("Salesforce lead status"), "Working - Contacted");
    const sal = () => doc().stages.find((s) => s.id === "sal");
    expect(sal()).toMatchObject({
      buyerLabel: "Ready to talk",
      owner: { teamId: doc().teams[0]?.id, role: "SDR" },
      crm: { hubspotLifecycleStage: "salesqualifiedlead", salesforceLeadStatus: "Working - Contacted" },
    });
    await user.selectOptions(within(inspector).getByLabelText("Kind"), "Outcome: recycled to nurture");
    expect(sal()).toMatchObject({ kind: "outcome", outcome: "recycled" });
    expect(within(stageNode("SAL")).getByText("Recycled to nurture")).toBeInTheDocument();
    const name = within(inspector).getByLabelText("Stage name");
    await user.clear(name);
    await user.type(name, "Accepted{Enter}");
    expect(doc().terms.find((t) => t.stageId === "sal")?.term).toBe("Accepted");
    app.unmountAll();
  });

  it("draws handoffs distinct, labelled with trigger and SLA, and edits them in the transition inspector", async () => {
    const user = userEvent.setup();
    const app = await openJourney();
    await user.click(screen.getByRole("button", { name: /Demand waterfall/ }));
    const label = await screen.findByRole("button", {
      name: "Handoff: within 24 hours Meets the agreed MQL criteria",
    });
    expect(document.querySelectorAll(".react-flow__edge-path.transition-handoff")).toHaveLength(1);
    expect(document.querySelectorAll(".react-flow__edge-path.transition")).toHaveLength(5);
    await user.click(label);
    const inspector = await screen.findByRole("region", { name: "Transition from MQL to SAL" });
    expect(within(inspector).getByLabelText(/Handoff/)).toBeChecked();
    const within24 = within(inspector).getByLabelText("SLA: act within");
    await user.clear(within24);
    await user.type(within24, "4");
    await user.selectOptions(within(inspector).getByLabelText("SLA unit"), "business hours");
    expect(screen.getByRole("button", { name: /within 4 business hours/ })).toBeInTheDocument();
    const trigger = within(inspector).getByLabelText("Trigger");
    await user.clear(trigger);
    await user.type(trigger, "Score 60+");
    await user.type(within(inspector).getByLabelText("On rejection"), " Call the AE.");
    const handoff = doc().transitions.find((t) => t.handoff);
    expect(handoff).toMatchObject({ trigger: "Score 60+", sla: { within: 4, unit: "business-hours" } });
    expect(handoff?.onReject).toMatch(/Call the AE\.$/);
    await user.click(within(inspector).getByRole("button", { name: "Remove transition" }));
    expect(doc().transitions).toHaveLength(4);
    await user.keyboard("{Control>}z{/Control}");
    expect(doc().transitions).toHaveLength(5);
    app.unmountAll();
  });

  it("inserts a stage on a transition from its inspector: named in place, listed between its stages, one undo", async () => {
    const user = userEvent.setup();
    const app = await openJourney();
    await user.click(screen.getByRole("button", { name: /Demand waterfall/ }));
    await user.click(await screen.findByRole("button", { name: /Handoff:\s*within 24 hours/ }));
    const inspector = await screen.findByRole("region", { name: "Transition from MQL to SAL" });
    await user.click(within(inspector).getByRole("button", { name: "Insert a stage between" }));
    const name = await screen.findByLabelText("Name on the map");
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, "Nurture{Enter}");
    const names = () => doc().stages.map((s) => s.name);
    expect(names().slice(0, 4)).toEqual(["Inquiry", "MQL", "Nurture", "SAL"]);
    expect(
      doc()
        .terms.map((t) => t.term)
        .slice(0, 4),
    ).toEqual(["Inquiry", "MQL", "Nurture", "SAL"]);
    const ends = (from: string, to: string) =>
      doc().transitions.find(
        (t) =>
          doc().stages.find((s) => s.id === t.from)?.name === from &&
          doc().stages.find((s) => s.id === t.to)?.name === to,
      );
    expect(ends("Nurture", "SAL")).toMatchObject({ handoff: true, sla: { within: 24, unit: "hours" } });
    expect(ends("MQL", "Nurture")).toBeDefined();
    expect(ends("MQL", "SAL")).toBeUndefined();
    // The rename is a step of its own; the insert before it is exactly one more.
    const before = doc().stages.length;
    await user.keyboard("{Control>}z{/Control}");
    expect(doc().stages).toHaveLength(before);
    expect(ends("MQL", "New stage")).toBeDefined();
    await user.keyboard("{Control>}z{/Control}");
    expect(doc().stages).toHaveLength(before - 1);
    expect(ends("MQL", "SAL")).toBeDefined();
    app.unmountAll();
  });

  it("deletes the selected stage with the Delete key, with its transitions, in one undo step", async () => {
    const user = userEvent.setup();
    const app = await openJourney();
    await user.click(screen.getByRole("button", { name: /Demand waterfall/ }));
    await clickStage("SAL");
    fireEvent.keyDown(stageNode("SAL"), { key: "Delete" });
    await waitFor(() => expect(doc().stages.map((s) => s.name)).not.toContain("SAL"));
    expect(doc().transitions).toHaveLength(3);
    expect(document.querySelector('[data-stage="SAL"]')).toBeNull();
    await user.keyboard("{Control>}z{/Control}");
    expect(doc().stages.map((s) => s.name)).toContain("SAL");
    expect(doc().transitions).toHaveLength(5);
    app.unmountAll();
  });

  it("moves between stages with the arrow keys and renames with Enter", async () => {
    const user = userEvent.setup();
    const app = await openJourney();
    await user.click(screen.getByRole("button", { name: /Demand waterfall/ }));
    await clickStage("Inquiry");
    fireEvent.keyDown(stageNode("Inquiry"), { key: "ArrowRight" });
    expect(await screen.findByRole("region", { name: "Stage MQL" })).toBeInTheDocument();
    fireEvent.keyDown(stageNode("MQL"), { key: "Enter" });
    const field = await screen.findByLabelText("Name on the map");
    await user.clear(field);
    await user.type(field, "Marketing qualified{Enter}");
    expect(stageNode("Marketing qualified")).toBeInTheDocument();
    app.unmountAll();
  });

  it("replaces the journey from the toolbar after a confirm, in one undo step", async () => {
    const user = userEvent.setup();
    const app = await openJourney(aJourney().w);
    await user.click(screen.getByRole("button", { name: "Start from…" }));
    await user.click(screen.getByRole("button", { name: /Bowtie/ }));
    expect(screen.getByText(/Replace the 3 stages on the map/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Replace the journey" }));
    expect(doc().stages.map((s) => s.name)).toContain("Onboard");
    expect(doc().stages.map((s) => s.name)).not.toContain("SAL");
    await user.keyboard("{Control>}z{/Control}");
    expect(doc().stages.map((s) => s.name)).toEqual(["MQL", "SAL", "Won"]);
    app.unmountAll();
  });

  it("exports the journey as JSON Canvas through the host", async () => {
    const user = userEvent.setup();
    const { host, saved } = recordingHost();
    const app = await openJourney(aJourney().w, { host });
    await user.selectOptions(screen.getByLabelText("Export format"), "JSON Canvas");
    await user.click(screen.getByRole("button", { name: "Export map…" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.suggestedName).toBe("Acme alignment journey.canvas");
    const canvas = JSON.parse(saved[0]?.contents as string);
    expect(canvas.nodes.map((n: { id: string }) => n.id)).toEqual(["mql", "sal", "won"]);
    act(() => app.unmountAll());
  });
});

describe("transitions without a mouse", () => {
  it("connects a stage to another from its inspector, and names each transition by its stages", async () => {
    const user = userEvent.setup();
    const app = await openJourney(aJourney().w);
    await clickStage("MQL");
    const inspector = await screen.findByRole("region", { name: "Stage MQL" });
    const connections = within(inspector).getByRole("region", { name: "Transitions" });
    await user.selectOptions(within(connections).getByLabelText("Connect to"), "SAL");
    await user.click(within(connections).getByRole("button", { name: "Add transition" }));
    // The new transition opens in the inspector, its trigger taking the keyboard, and the map names it by its stages.
    const opened = await screen.findByRole("region", { name: "Transition from MQL to SAL" });
    await waitFor(() => expect(opened.querySelector('[data-field="trigger"] textarea')).toHaveFocus());
    const made = doc().transitions.find((t) => t.from === "mql" && t.to === "sal");
    expect(made).toBeDefined();
    await waitFor(() =>
      expect(document.querySelector('.react-flow__edge[aria-label^="Transition from MQL to SAL"]')).not.toBeNull(),
    );
    // And from the stage it leads to, the transition is one button away.
    await clickStage("SAL");
    const sal = await screen.findByRole("region", { name: "Stage SAL" });
    await user.click(within(sal).getByRole("button", { name: "From MQL" }));
    const again = await screen.findByRole("region", { name: "Transition from MQL to SAL" });
    await waitFor(() => expect(again.querySelector('[data-field="trigger"] textarea')).toHaveFocus());
    app.unmountAll();
  });
});
