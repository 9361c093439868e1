import type { Page } from "playwright-core";
import { inject } from "vitest";
import { BrowserProfile, importWorkshop } from "./chromium";
import { aWorkshopInSession } from "./room-workshop";

const baseUrl = inject("baseUrl");

const showing = (room: Page, screen: string) => room.locator(`.room[data-screen="${screen}"]`).waitFor();
const heading = (room: Page, name: string) => room.getByRole("heading", { name, exact: true }).waitFor();

describe("the room screen in its own window, kept in step over a BroadcastChannel", () => {
  const profile = new BrowserProfile();
  afterAll(() => profile.remove());

  it("follows the facilitator's phase, term, spotlight, votes and blanking, and says when the workshop closes", async () => {
    const { context, page: editor } = await profile.launch({ width: 1280, height: 720 });
    try {
      await importWorkshop(editor, baseUrl, profile.dir, aWorkshopInSession());
      await editor.getByRole("link", { name: /^Agree/ }).click();
      await editor.getByRole("region", { name: "Consensus check for Marketing Qualified Lead" }).waitFor();

      const opening = context.waitForEvent("page");
      await editor.getByRole("button", { name: "Open room screen" }).click();
      const room = await opening;
      await showing(room, "agreement");
      await heading(room, "Marketing Qualified Lead");
      await editor.getByRole("button", { name: "Room screen open ↗" }).waitFor();
      const check = room.getByRole("region", { name: "Consensus check" });
      await check.getByText("5 of 8 have voted").waitFor();

      // A vote cast blind: the room sees the count move, never the value.
      await editor.getByRole("button", { name: "4 from Marketing" }).click();
      await check.getByText("6 of 8 have voted").waitFor();
      expect(await room.locator(".room-tally").count()).toBe(0);
      expect(await room.locator(".room").textContent()).not.toMatch(/Avg|Held back/);

      await editor.keyboard.press("h");
      await room.locator(".room-tally").waitFor();
      await check.getByText("⚠ Held back by Sales").waitFor();
      expect(await room.getByRole("row", { name: /Marketing/ }).textContent()).toContain("4.3");

      // The next term's check starts blind.
      await editor.keyboard.press("]");
      await heading(room, "Sales Accepted Lead");
      expect(await room.locator(".room-tally").count()).toBe(0);

      // Another phase, and the term in the spotlight.
      await editor.keyboard.press("PageUp");
      await showing(room, "definitions");
      await editor.getByRole("button", { name: "Spotlight Opportunity" }).click();
      await heading(room, "Opportunity");

      await editor.keyboard.press("Escape");
      await editor.keyboard.press(".");
      await showing(room, "blank");
      expect(await room.locator(".room").textContent()).not.toContain("Opportunity");
      await editor.keyboard.press(".");
      await showing(room, "definitions");

      // A reload of the facilitator's window finds the room screen again.
      await editor.reload();
      await editor.getByRole("button", { name: "Room screen open ↗" }).waitFor();
      await showing(room, "definitions");

      await editor.getByRole("link", { name: "← Workshops" }).click();
      await room.getByText("The facilitator closed this workshop.").waitFor();
    } finally {
      await context.close();
    }
  });
});
