import { readBackup, serializeBackup } from "../../shared/backup/backup";
import { aWorkshop } from "../builders";

// The quick check's loading, held until the test lets it finish.
let loaded: () => void = () => {};
vi.mock("../../shared/workshop/shape", async (actual) => ({
  ...((await actual()) as object),
  loadQuickCheck: () => new Promise<void>((resolve) => (loaded = resolve)),
}));

describe("reading a backup file", () => {
  it("waits for the quick check to load before it reads, then reads as parseBackup does", async () => {
    const workshop = aWorkshop();
    let read = false;
    const reading = readBackup(serializeBackup(workshop, { appVersion: "1.2.3", exportedAt: "2026-12-07T10:00:00Z" }));
    void reading.then(() => (read = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(read).toBe(false);
    loaded();
    const result = await reading;
    expect(result.ok && result.value).toEqual(workshop);
  });
});
