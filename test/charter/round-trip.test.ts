import { buildCharterFile, serializeCharterFile } from "../../shared/charter/build";
import { charterToWorkshop } from "../../shared/charter/import";
import { parseCharterFile } from "../../shared/charter/parse";
import { isLocked } from "../../shared/signoff/lock";
import { validateWorkshop } from "../../shared/workshop/validate";
import { expectOk, sequentialIds } from "../builders";
import { aReadyWorkshop, aSignedWorkshop, INFO } from "./charter-builders";

/**
 * What must be equal after export → import → export: the whole file, byte for
 * byte, given the same app version and export time — so the `charter` value
 * (every id kept, hence the same hash), the sign-off and the layout.
 */
async function roundTrip(text: string): Promise<string> {
  const opened = expectOk(await parseCharterFile(text));
  const workshop = expectOk(charterToWorkshop(opened, sequentialIds("imported")));
  return serializeCharterFile(expectOk(await buildCharterFile(workshop, INFO)));
}

describe("export, import, export again", () => {
  it("gives the same draft charter file byte for byte", async () => {
    const first = serializeCharterFile(expectOk(await buildCharterFile(aReadyWorkshop(), INFO)));
    expect(await roundTrip(first)).toBe(first);
  });

  it("gives the same signed charter file byte for byte, and the imported workshop is locked", async () => {
    const first = serializeCharterFile(expectOk(await buildCharterFile(await aSignedWorkshop(), INFO)));
    expect(await roundTrip(first)).toBe(first);
    const workshop = expectOk(charterToWorkshop(expectOk(await parseCharterFile(first))));
    expect(isLocked(workshop)).toBe(true);
    expect(validateWorkshop(workshop).ok).toBe(true);
  });

  it("opens a tampered charter as an unsigned draft: its signatures approve other content", async () => {
    const file = JSON.parse(serializeCharterFile(expectOk(await buildCharterFile(await aSignedWorkshop(), INFO))));
    file.charter.title = "Acme Revenue Alignment Charter (edited)";
    const opened = expectOk(await parseCharterFile(JSON.stringify(file)));
    const workshop = expectOk(charterToWorkshop(opened));
    expect(workshop.details.title).toBe("Acme Revenue Alignment Charter (edited)");
    expect(workshop.signOff.signatures).toEqual([]);
  });

  it("refuses a charter with fewer teams than a workshop needs", async () => {
    const file = JSON.parse(serializeCharterFile(expectOk(await buildCharterFile(aReadyWorkshop(), INFO))));
    const opened = expectOk(await parseCharterFile(JSON.stringify(file)));
    opened.file.charter.teams = opened.file.charter.teams.slice(0, 1);
    const result = charterToWorkshop(opened);
    expect(result.ok ? null : result.problems[0]?.path).toBe("$.charter.teams");
  });
});
