import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Profiler } from "react";
import { DetailsForm } from "../../renderer/features/setup/DetailsForm";
import { ParticipantsEditor } from "../../renderer/features/setup/ParticipantsEditor";
import { TeamsEditor } from "../../renderer/features/setup/TeamsEditor";
import { openWorkshop, resetWorkshopStore, useWorkshopStore } from "../../renderer/store/workshop-store";
import { aWorkshop } from "../builders";
import { checked } from "../stored";

describe("a keystroke re-renders only what shows it", () => {
  it("typing the title does not re-render the teams or the participants", async () => {
    resetWorkshopStore();
    act(() => openWorkshop(checked(aWorkshop())));
    const commits: Record<string, number> = { details: 0, teams: 0, participants: 0 };
    const count = (id: string) => () => {
      commits[id] = (commits[id] ?? 0) + 1;
    };
    render(
      <>
        <Profiler id="details" onRender={count("details")}>
          <DetailsForm />
        </Profiler>
        <Profiler id="teams" onRender={count("teams")}>
          <TeamsEditor />
        </Profiler>
        <Profiler id="participants" onRender={count("participants")}>
          <ParticipantsEditor />
        </Profiler>
      </>,
    );
    const before = { ...commits };
    await userEvent.setup().type(screen.getByLabelText("Workshop title"), " Q1");
    expect(useWorkshopStore.getState().workshop?.details.title).toBe("Acme alignment Q1");
    expect(commits.details).toBeGreaterThanOrEqual((before.details ?? 0) + 3);
    expect(commits.teams).toBe(before.teams);
    expect(commits.participants).toBe(before.participants);
  });
});
