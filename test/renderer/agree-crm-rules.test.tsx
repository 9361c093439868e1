import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mapUnmappedStages } from "../../shared/crm/suggest";
import { applyTemplate } from "../../shared/journey/templates";
import { expectOk, sequentialIds } from "../builders";
import { storedWorkshop } from "../stored";
import { aWorkshopWithLead, openView } from "./workshop-fixtures";

const picker = () => screen.getByRole("navigation", { name: "Terms" });

describe("agreeing the CRM rules on Agree, like terms", () => {
  it("lists the rules after the terms, and takes the reason codes through a block, an edit and a vote to agreed", async () => {
    const user = userEvent.setup();
    const app = await openView("agreement");
    await screen.findByLabelText("Agreed definition of Lead");
    const rules = within(picker()).getByRole("list", { name: "CRM rules" });
    const picks = within(rules).getAllByRole("button");
    expect(picks.map((b) => b.textContent)).toEqual([
      "Stage mappingNothing yet",
      "Follow-upsNothing yet",
      "Who qualifiesNothing yet",
      "Reason codes○ Open",
    ]);

    await user.click(within(rules).getByRole("button", { name: /Reason codes/ }));
    expect(screen.getByRole("heading", { level: 2, name: "CRM rule Reason codes" })).toBeInTheDocument();
    // The list is edited where it is agreed.
    const misrouted = screen.getAllByLabelText("Reason")[0] as HTMLInputElement;
    expect(misrouted).toHaveValue("Misrouted");

    await user.click(screen.getByRole("button", { name: "Agree / disagree / block" }));
    const pad = screen.getByRole("application", { name: /Vote pad for Reason codes/ });
    await user.click(pad);
    await user.keyboard("a{ArrowRight}b");
    await user.click(screen.getByRole("button", { name: "● Agreed" }));
    expect(
      await screen.findByText(/The reason-code list cannot be agreed while the consensus check/),
    ).toBeInTheDocument();

    // Sales wanted its own words: the room changes the label, the block is taken back, the room agrees.
    await user.clear(misrouted);
    await user.type(misrouted, "Wrong territory");
    await user.click(pad);
    await user.keyboard("{Backspace}a");
    await user.click(screen.getByRole("button", { name: "● Agreed" }));
    expect(screen.getByRole("button", { name: "● Agreed" })).toHaveAttribute("aria-pressed", "true");
    expect(within(rules).getByRole("button", { name: /Reason codes/ }).textContent).toBe("Reason codes● Agreed");
    const log = screen.getByRole("region", { name: "Decision log" });
    expect(
      within(log).getByText(/^Agreed the reason-code list: Wrong territory, Incomplete record/),
    ).toBeInTheDocument();

    await waitFor(async () => {
      const stored = await storedWorkshop(app.db, app.workshop.id);
      expect(stored?.crmAgreement.reasonCodes.status).toBe("agreed");
      expect(stored?.crmAgreement.reasonCodes.consensus.votes.map((v) => v.value)).toEqual(["agree", "agree"]);
      expect(stored?.crmRules?.reasonCodes[0]?.label).toBe("Wrong territory");
    });
    app.unmountAll();
  });

  it("opens on a rule a link points at, and refuses agreeing a mapping with a stage left out", async () => {
    const user = userEvent.setup();
    const drawn = expectOk(applyTemplate(aWorkshopWithLead(), "demand-waterfall", { makeId: sequentialIds("t") }));
    const mapped = expectOk(mapUnmappedStages(drawn));
    const sal = mapped.stages.find((s) => s.name === "SAL")?.id;
    const workshop = {
      ...mapped,
      stages: mapped.stages.map((s) => (s.id === sal ? { ...s, crm: { ...s.crm, setup: null } } : s)),
    };
    const app = await openView("agreement/crm-rule%3AstageMappings", workshop);
    expect(await screen.findByRole("heading", { level: 2, name: "CRM rule Stage mapping" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "● Agreed" }));
    expect(await screen.findByText(/1 stage has no CRM mapping \(SAL\)/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "○ Open" })).toHaveAttribute("aria-pressed", "true");
    app.unmountAll();
  });
});
