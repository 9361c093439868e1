import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { storedWorkshop } from "../stored";
import { aWorkshopWithLead, openView, SALES_LEAD } from "./workshop-fixtures";

const stored = async (app: Awaited<ReturnType<typeof openView>>) => storedWorkshop(app.db, app.workshop.id);

describe("agreeing a term", () => {
  it("takes Lead from Sales's text through a block vote and its resolution to agreed, logging the decision", async () => {
    const user = userEvent.setup();
    const app = await openView("agreement");
    await user.click(await screen.findByRole("button", { name: "Start from Sales's text for Lead" }));
    const agreed = screen.getByLabelText("Agreed definition of Lead");
    expect(agreed).toHaveValue(SALES_LEAD);
    await user.type(screen.getByLabelText("Entry criteria (one per line)"), "Budget confirmed{Enter}Asked for a demo");

    await user.click(screen.getByRole("button", { name: "Agree / disagree / block" }));
    const pad = screen.getByRole("application", { name: /Vote pad for Lead/ });
    await user.click(pad);
    await user.keyboard("aa{ArrowRight}b");
    const check = screen.getByRole("region", { name: "Consensus check for Lead" });
    expect(within(check).getByRole("status").textContent).toContain("Sales: 1 block");

    await user.click(screen.getByRole("button", { name: "● Agreed" }));
    expect(await screen.findByText(/cannot be agreed while the consensus check holds it back/)).toBeInTheDocument();

    // The blocker is heard, the definition changes, and the vote is taken back and cast again.
    await user.type(agreed, " within 90 days");
    await user.click(pad);
    await user.keyboard("{Backspace}a");
    expect(within(check).getByRole("status").textContent).toContain("Nothing blocks Lead");
    await user.click(screen.getByRole("button", { name: "● Agreed" }));
    expect(screen.getByRole("button", { name: "● Agreed" })).toHaveAttribute("aria-pressed", "true");

    const log = screen.getByRole("region", { name: "Decision log" });
    expect(within(log).getByText(`Agreed Lead: ${SALES_LEAD} within 90 days`)).toBeInTheDocument();
    await waitFor(async () => {
      const lead = (await stored(app))?.terms[0];
      expect(lead?.status).toBe("agreed");
      expect(lead?.agreed.entryCriteria).toEqual(["Budget confirmed", "Asked for a demo"]);
      expect(lead?.consensus.votes.map((v) => v.value)).toEqual(["agree", "agree", "agree"]);
    });
    app.unmountAll();
  });

  it("overrides a low fist-of-five score with a reason, which the decision log keeps", async () => {
    const user = userEvent.setup();
    const app = await openView("agreement");
    await user.type(await screen.findByLabelText("Agreed definition of Lead"), "Someone who asked to talk");
    await user.click(screen.getByRole("application", { name: /Vote pad for Lead/ }));
    await user.keyboard("4{ArrowRight}1");
    await user.type(screen.getByLabelText("Override reason (logged)"), "Sales reviews it after the pilot");
    await user.click(screen.getByRole("button", { name: "Override" }));
    await user.click(screen.getByRole("button", { name: "● Agreed" }));
    const log = screen.getByRole("region", { name: "Decision log" });
    expect(within(log).getByText(/Override for Lead despite Sales: 1 score of 2 or less/)).toBeInTheDocument();
    expect(within(log).getByText("Agreed Lead: Someone who asked to talk")).toBeInTheDocument();
    app.unmountAll();
  });

  it("parks a term and an open question, and runs the time-box", async () => {
    const user = userEvent.setup();
    const app = await openView("agreement");
    await user.click(await screen.findByRole("button", { name: "‖ Parked" }));
    await user.type(screen.getByLabelText("Park something"), "Who owns partner leads?");
    await user.type(screen.getByLabelText("Its owner"), "Dana{Enter}");
    expect(screen.getByLabelText("Parked item 1")).toHaveValue("Who owns partner leads?");
    expect(within(screen.getByRole("region", { name: "Decision log" })).getByText("Parked Lead")).toBeInTheDocument();
    const box = screen.getByRole("region", { name: "Time-box" });
    expect(within(box).getByText("5:00")).toBeInTheDocument();
    await user.click(within(box).getByRole("button", { name: "Start" }));
    expect(within(box).getByRole("button", { name: "Pause" })).toBeInTheDocument();
    await waitFor(async () => expect((await stored(app))?.timer.startedAt).not.toBeNull());
    await user.click(within(box).getByRole("button", { name: "Reset" }));
    expect(within(box).getByText("5:00")).toBeInTheDocument();
    app.unmountAll();
  });

  it("a version written in format 1.2 offers no date a 1.2 charter could not carry, and says why", async () => {
    const user = userEvent.setup();
    const w = aWorkshopWithLead();
    const app = await openView("agreement", { ...w, signOff: { ...w.signOff, charterFormatMinor: 2 } });
    await user.type(await screen.findByLabelText("Park something"), "Territories{Enter}");
    expect(screen.getByLabelText("Owner of parked item 1")).toBeInTheDocument();
    expect(screen.queryByLabelText("By: the date parked item 1 is answered")).toBeNull();
    expect(screen.getByText(/written in charter format 1\.2, which has no dates/)).toBeInTheDocument();
    app.unmountAll();
  });

  it("shows a parked item as a card with owner and date, and makes it a term the Definitions board lists", async () => {
    const user = userEvent.setup();
    const app = await openView("agreement");
    const question = "Do webinar attendees count as MQLs?";
    await user.type(await screen.findByLabelText("Park something"), `${question}{Enter}`);
    const text = screen.getByLabelText("Parked item 1");
    // The whole question, on more than one line: a card to read, not a narrow input.
    expect(text.tagName).toBe("TEXTAREA");
    expect(text).toHaveValue(question);
    await user.type(screen.getByLabelText("Owner of parked item 1"), "Dana");
    fireEvent.change(screen.getByLabelText("By: the date parked item 1 is answered"), {
      target: { value: "2027-01-15" },
    });
    await waitFor(async () =>
      expect((await stored(app))?.parkingLot).toEqual([
        expect.objectContaining({ text: question, owner: "Dana", due: "2027-01-15" }),
      ]),
    );
    await user.click(screen.getByRole("button", { name: "Make it a term: parked item 1" }));
    const name = screen.getByLabelText("Name of the term");
    expect(name).toHaveFocus();
    expect(name).toHaveValue("Do webinar attendees count as MQLs");
    await user.clear(name);
    await user.type(name, "Webinar attendee{Enter}");
    const said = await screen.findByText(/“Webinar attendee” is a term now/);
    await waitFor(() => expect(said).toHaveFocus());
    expect(screen.queryByLabelText("Parked item 1")).toBeNull();
    const w = await waitFor(async () => {
      const s = await stored(app);
      expect(s?.terms.map((t) => t.term)).toContain("Webinar attendee");
      return s;
    });
    expect(w?.parkingLot).toEqual([]);
    expect(w?.decisions.at(-1)?.text).toBe(
      `Parked item made the term Webinar attendee: ${question} (owner Dana, due 2027-01-15)`,
    );
    // One step: undo brings the card back and takes the term away.
    await user.keyboard("{Control>}z{/Control}");
    expect(await screen.findByLabelText("Parked item 1")).toHaveValue(question);
    app.unmountAll();
  });
});
