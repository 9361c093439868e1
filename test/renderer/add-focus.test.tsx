import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useWorkshopStore } from "../../renderer/store/workshop-store";
import { openView } from "./workshop-fixtures";

/** Every "add" puts the keyboard in the new item's first field, so the next keys type into it. */
describe("adding an item", () => {
  it("N on Measures puts the keyboard in the new measure's name: the next keys name it, not add more", async () => {
    const user = userEvent.setup();
    const app = await openView("measures");
    await screen.findByRole("button", { name: "+ Blank measure" });
    await user.keyboard("n");
    await waitFor(() => expect(screen.getByLabelText("Measure name")).toHaveFocus());
    await user.keyboard("{Control>}a{/Control}Meeting show rate{Enter}");
    expect(useWorkshopStore.getState().workshop?.kpis.map((k) => k.name)).toEqual(["Meeting show rate"]);
    app.unmountAll();
  });

  it("a starting measure takes the keyboard too", async () => {
    const user = userEvent.setup();
    const app = await openView("measures");
    await user.click(await screen.findByRole("button", { name: "+ Pipeline velocity" }));
    await waitFor(() => expect(screen.getByLabelText("Measure name")).toHaveFocus());
    app.unmountAll();
  });

  it("Add team and Add participant put the keyboard in the new name", async () => {
    const user = userEvent.setup();
    const app = await openView("setup");
    await user.click(await screen.findByRole("button", { name: "Add team" }));
    await waitFor(() => expect(screen.getByLabelText("Name of team 3")).toHaveFocus());
    await user.click(screen.getByRole("button", { name: "Add participant" }));
    const names = () =>
      screen.getAllByLabelText(/^Name of /).filter((e) => !/team/.test(e.getAttribute("aria-label") ?? ""));
    await waitFor(() => expect(names().at(-1)).toHaveFocus());
    await user.keyboard("Mei Chen");
    await waitFor(() => expect(useWorkshopStore.getState().workshop?.participants.at(-1)?.name).toBe("Mei Chen"));
    app.unmountAll();
  });
});
