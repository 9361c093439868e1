import { screen, waitFor } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";

/** From the home screen: a new workshop, titled, stored, and back home. */
export async function createAndGoHome(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(screen.getByRole("button", { name: "New workshop" }));
  const titleInput = await screen.findByLabelText("Workshop title");
  await user.clear(titleInput);
  await user.type(titleInput, title);
  await waitFor(() => expect(screen.getByText("All changes stored")).toBeInTheDocument());
  await user.click(screen.getByRole("link", { name: "← Workshops" }));
  await screen.findByRole("heading", { name: "Workshops" });
}
