import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { connectStages } from "../../shared/workshop/transitions";
import { expectOk } from "../builders";
import { aJourney } from "../shared/journey-builders";
import { storedWorkshop } from "../stored";
import { openView } from "./workshop-fixtures";

describe("agreeing a stage's term", () => {
  it("sets the stage's owner and its handoff trigger, SLA and rejection rule through the journey's own operations", async () => {
    const user = userEvent.setup();
    const { w } = aJourney();
    const journey = expectOk(connectStages(w, "mql", "sal", () => "mql-to-sal")).workshop;
    const app = await openView("agreement", journey);
    await user.click(await screen.findByRole("button", { name: /^MQL/ }));
    await user.type(screen.getByLabelText("Owner role"), "Demand gen lead");
    const handoff = screen.getByRole("group", { name: "Handoff to SAL" });
    await user.type(within(handoff).getByLabelText("Handoff trigger"), "Score reaches 60");
    await user.type(within(handoff).getByLabelText("SLA: act within"), "24");
    await user.selectOptions(within(handoff).getByLabelText("SLA unit"), "business hours");
    await user.type(within(handoff).getByLabelText("Rejection / recycle rule"), "Back to nurture with a reason code");
    // Read whole on the projector, several lines, not scrolled inside one.
    expect(within(handoff).getByLabelText("Rejection / recycle rule")).toHaveProperty("tagName", "TEXTAREA");
    expect(within(handoff).getByLabelText("Rejection / recycle rule")).toHaveAttribute("rows", "3");
    await waitFor(async () => {
      const stored = await storedWorkshop(app.db, journey.id);
      expect(stored?.stages.find((s) => s.id === "mql")?.owner.role).toBe("Demand gen lead");
      expect(stored?.transitions[0]).toMatchObject({
        trigger: "Score reaches 60",
        sla: { within: 24, unit: "business-hours" },
        onReject: "Back to nurture with a reason code",
      });
    });
    app.unmountAll();
  });
});

describe("the time-box", () => {
  it("shows when time is up, and Start begins a fresh time-box", async () => {
    const user = userEvent.setup();
    const { w } = aJourney();
    const app = await openView("agreement", {
      ...w,
      timer: { durationSeconds: 1, startedAt: null, remainingSeconds: 1 },
    });
    const box = await screen.findByRole("region", { name: "Time-box" });
    expect(within(box).getByText("0:01")).toBeInTheDocument();
    await user.click(within(box).getByRole("button", { name: "Start" }));
    await act(() => new Promise((r) => setTimeout(r, 1400)));
    expect(within(box).getByText(/^Time’s up · over by 0:0\d$/)).toBeInTheDocument();
    expect(box).toHaveClass("timebox-done");
    await user.click(within(box).getByRole("button", { name: "Start" }));
    expect(within(box).getByText("0:01")).toBeInTheDocument();
    app.unmountAll();
  });
});
