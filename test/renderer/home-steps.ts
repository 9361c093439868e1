import { screen, waitFor } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";

/** From the home screen: a new workshop, titled, stored, and back home. */
export async function createAndGoHome(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(screen.getByRole("button", { name: "New workshop" }));
  const titleInput = await screen.findByLabelText("Workshop title");
  await user.clear(titleInput);
  await user.type(titleInput, title);
  await storedNow();
  await user.click(screen.getByRole("link", { name: "← Workshops" }));
  await screen.findByRole("heading", { name: "Workshops" });
}

/** The last write has landed (the label alone stays calm through a short write). */
export async function storedNow() {
  await waitFor(() =>
    expect(document.querySelector("[data-save-state]")?.getAttribute("data-save-state")).toBe("saved"),
  );
}
