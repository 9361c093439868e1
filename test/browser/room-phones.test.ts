import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { inject } from "vitest";
import type { Workshop } from "../../shared/workshop/model";
import { aReadyWorkshop } from "../charter/charter-builders";
import { BrowserProfile, CHROMIUM, importWorkshop } from "./chromium";
import { aWorkshopInSession } from "./room-workshop";

const baseUrl = inject("baseUrl");
const ARTIFACTS = "test-artifacts/screens";
const TERM = "Marketing Qualified Lead";
const ANDROID_CHROME =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

/** The facilitator's window with a workshop open on Agree: the session's, or another. */
async function facilitator(
  profile: BrowserProfile,
  workshop: Workshop = aWorkshopInSession(),
): Promise<{ context: BrowserContext; editor: Page }> {
  const { context, page: editor } = await profile.launch({ width: 1280, height: 720 });
  await importWorkshop(editor, baseUrl, profile.dir, workshop);
  await editor.getByRole("link", { name: /^Agree/ }).click();
  await editor.locator('[aria-current="step"]').waitFor();
  return { context, editor };
}

/** Opens the room to phones on this computer alone (tests never listen on a real network); returns how to join. */
async function openTheRoom(editor: Page, options: { anonymous?: boolean } = {}) {
  await editor.getByRole("button", { name: "Phones" }).click();
  await editor.getByRole("combobox", { name: "Network the phones are on" }).selectOption("127.0.0.1");
  if (options.anonymous) await editor.getByRole("checkbox", { name: /Anonymous/ }).check();
  await editor.getByRole("button", { name: "Open the room to phones" }).click();
  const link = editor.getByRole("link", { name: "Open a phone's page here" });
  const joinUrl = (await link.getAttribute("href")) ?? "";
  const text = (await editor.getByRole("region", { name: "Phones in the room" }).textContent()) ?? "";
  const pin = /PIN (\d{3} \d{3})/.exec(text)?.[1]?.replace(" ", "") ?? "";
  return { joinUrl, address: new URL(joinUrl).origin, pin };
}

/** A phone in the room: its own browser context, a phone's screen and touch, and every frame the room sent it. */
async function aPhone(browser: Browser, url: string) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
    userAgent: ANDROID_CHROME,
  });
  const page = await context.newPage();
  const received: string[] = [];
  page.on("websocket", (ws) => ws.on("framereceived", (frame) => received.push(String(frame.payload))));
  await page.goto(url);
  return { page, received, close: () => context.close() };
}

async function joinAs(phone: Page, name: string) {
  await phone.getByRole("heading", { name: "Who are you?" }).waitFor();
  await phone.getByRole("button", { name, exact: true }).click();
  await phone.getByText(new RegExp(`^${name} · `)).waitFor();
}

const vote = (phone: Page, meaning: RegExp) => phone.getByRole("button", { name: meaning }).tap();
const parked = (editor: Page) =>
  editor
    .locator(".parked-item textarea[aria-label^='Parked item']")
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

describe("phones in the room, on 127.0.0.1", () => {
  const profiles: BrowserProfile[] = [];
  /** A facilitator's browser of its own for each test: one workshop, imported once. */
  const aProfile = () => {
    const profile = new BrowserProfile();
    profiles.push(profile);
    return profile;
  };
  let phones: Browser;
  beforeAll(async () => {
    phones = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu"],
    });
  });
  afterAll(async () => {
    await phones.close();
    for (const profile of profiles) profile.remove();
  });

  it("join by QR link and by PIN, vote blind, park, propose; both screens follow; removing and closing let phones go", async () => {
    const { context, editor } = await facilitator(aProfile());
    try {
      const { joinUrl, address, pin } = await openTheRoom(editor);
      expect(pin).toMatch(/^\d{6}$/);
      const opening = context.waitForEvent("page");
      await editor.getByRole("button", { name: "Open room screen" }).click();
      const room = await opening;
      const check = room.getByRole("region", { name: "Consensus check" });
      await check.getByText("5 of 8 have voted").waitFor();
      // Late arrivals read how to join off every screen while joining is open.
      await room
        .getByText(`Join: ${address.replace("http://", "")} · PIN ${pin.slice(0, 3)} ${pin.slice(3)}`)
        .waitFor();

      const kwame = await aPhone(phones, joinUrl);
      await joinAs(kwame.page, "Kwame Mensah");
      // The secret has left the address bar: a screenshot or a shared link cannot let anyone else in.
      expect(await kwame.page.evaluate(() => location.href)).toBe(`${address}/`);
      await kwame.page.getByRole("heading", { name: TERM }).waitFor();
      await vote(kwame.page, /^4 I support it$/);
      await kwame.page.getByText(/^Your vote is in: 4\./).waitFor();
      await check.getByText("6 of 8 have voted").waitFor();
      await editor.getByRole("button", { name: "Reveal the votes (6)" }).waitFor();

      // A phone typing the address and the PIN instead of scanning.
      const sofia = await aPhone(phones, address);
      await sofia.page.getByLabel("The PIN on the room screen").fill(pin);
      await sofia.page.getByRole("button", { name: "Join" }).tap();
      await joinAs(sofia.page, "Sofía García");
      await vote(sofia.page, /^1 Strongly against$/);
      await check.getByText("7 of 8 have voted").waitFor();
      await sofia.page.getByLabel("What would you need to change your vote?").fill("A named buyer, not just a score");
      await sofia.page.getByRole("button", { name: "Send to the parking lot" }).tap();
      await sofia.page.getByText("Parked: the facilitator will come back to it.").waitFor();
      await expect.poll(() => parked(editor)).toContain(`Held back on ${TERM}: A named buyer, not just a score`);

      // Changing a vote is still one vote.
      await vote(kwame.page, /^5 Full support$/);
      await kwame.page.getByText(/^Your vote is in: 5\./).waitFor();
      await check.getByText("7 of 8 have voted").waitFor();
      await kwame.page.getByLabel("Park a question for later").fill("Do partner referrals count?");
      await kwame.page.getByRole("button", { name: "Park it" }).tap();
      await expect.poll(() => parked(editor)).toContain("Do partner referrals count?");
      // Cleared once the phone hears the room took it (the editor may show it a moment before).
      await expect.poll(() => kwame.page.getByLabel("Park a question for later").inputValue()).toBe("");

      // Blind means blind on the wire too: no phone was sent a value or anyone's vote.
      for (const text of [...kwame.received, ...sofia.received]) {
        expect(text).not.toMatch(/"value"|"participantId":"p-(?!5"|7")|vote:p-/);
      }
      const panel = editor.getByRole("region", { name: "Phones in the room" });
      await panel.getByText("2 phones in the room").waitFor();
      await panel.getByText("Kwame Mensah · Sales").waitFor();
      await panel.getByText("by PIN").waitFor();

      // The phone as a person holds it: readable, big targets, nothing for a screen reader to trip on.
      mkdirSync(ARTIFACTS, { recursive: true });
      await kwame.page.screenshot({ path: `${ARTIFACTS}/phone-vote-375x667.png` });
      const small = await kwame.page.locator("button, input, textarea, a").evaluateAll((els) =>
        els
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && (r.height < 44 || r.width < 44);
          })
          .map((e) => e.textContent),
      );
      expect(small).toEqual([]);
      // biome-ignore lint/suspicious/noExplicitAny: @axe-core/playwright types its own copy of playwright's Page.
      const axe = await new AxeBuilder({ page: kwame.page as any }).analyze();
      expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

      await editor.keyboard.press("h");
      await room.locator(".room-tally").waitFor();
      await kwame.page.getByText("The votes are shown on the room screen.").waitFor();

      // Definitions: the phone proposes its team's wording; the facilitator takes it into the column.
      await editor.keyboard.press("PageUp");
      await kwame.page.getByLabel("Your team's wording").fill("Someone at an ICP company who asked for a call.");
      await kwame.page.getByRole("button", { name: "Propose it" }).tap();
      await kwame.page.getByText("Sent to the facilitator as Sales's wording.").waitFor();
      await editor.getByRole("button", { name: "Put in Sales's column" }).click();
      await expect
        .poll(() => editor.getByLabel(`Sales's definition of ${TERM}`).inputValue())
        .toBe("Someone at an ICP company who asked for a call.");

      await editor.getByRole("button", { name: "Remove Sofía García from the room" }).click();
      await sofia.page.getByText("The facilitator took this phone out of the room.").waitFor();
      await panel.getByText("1 phone in the room").waitFor();

      await editor.getByRole("button", { name: "Close the room to phones" }).click();
      await kwame.page.getByText("The room is closed. Thank you for taking part.").waitFor();
      await expect.poll(() => room.locator(".room-join-line").count()).toBe(0);
      const late = await aPhone(phones, joinUrl).catch(() => null);
      expect(late).toBeNull(); // nothing answers any more
      await kwame.close();
      await sofia.close();
    } finally {
      await context.close();
    }
  });

  it("an anonymous room: a phone joins with its team alone, and its vote carries no name", async () => {
    const { context, editor } = await facilitator(aProfile());
    try {
      const { joinUrl } = await openTheRoom(editor, { anonymous: true });
      const phone = await aPhone(phones, joinUrl);
      await phone.page.getByRole("button", { name: "Join without my name" }).tap();
      await phone.page.getByRole("button", { name: "Sales" }).tap();
      await phone.page.getByText(/^Without a name · Sales/).waitFor();
      await vote(phone.page, /^2 Not yet$/);
      await phone.page.getByText(/^Your vote is in: 2\./).waitFor();
      await vote(phone.page, /^3 I can live with it$/);
      await phone.page.getByText(/^Your vote is in: 3\./).waitFor();
      await editor.getByRole("button", { name: "Reveal the votes (6)" }).waitFor();
      await editor.getByRole("region", { name: "Phones in the room" }).getByText("Without a name · Sales").waitFor();
      await phone.close();
    } finally {
      await context.close();
    }
  });

  it("a signatory signs on their own phone once the facilitator opens signing; the signature says which phone", async () => {
    const { context, editor } = await facilitator(aProfile(), aReadyWorkshop());
    try {
      await editor.getByRole("link", { name: /^Sign off/ }).click();
      const { joinUrl } = await openTheRoom(editor);
      const phone = await aPhone(phones, joinUrl);
      await joinAs(phone.page, "Anna Łódź");
      await phone.page.getByText("Look at the room screen").waitFor();
      await editor.getByRole("checkbox", { name: /sign on their phones/ }).check();
      await phone.page.getByRole("heading", { name: "Sign version 1" }).waitFor();
      // Her name typed without its accents is still her name: no question asked.
      await phone.page.getByLabel("Your name, typed").fill("Anna Lodz");
      await phone.page.getByRole("button", { name: "Sign version 1" }).tap();
      await phone.page.getByRole("heading", { name: "You signed version 1" }).waitFor();
      await editor.getByText(/Signed as “Anna Lodz”, .*, on a phone in the room \(Android phone, Chrome\)/).waitFor();
      await phone.close();
    } finally {
      await context.close();
    }
  });
});
