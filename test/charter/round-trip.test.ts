import { buildCharter, buildCharterFile, serializeCharterFile, signedCharter } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { charterToWorkshop } from "../../shared/charter/import";
import { parseCharterFile } from "../../shared/charter/parse";
import { currentHash, isLocked } from "../../shared/signoff/lock";
import { startNewVersion } from "../../shared/signoff/versions";
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

  it("keeps a signed file's fields it does not know word for word, until the next version, which is its own", async () => {
    const file = JSON.parse(serializeCharterFile(expectOk(await buildCharterFile(await aSignedWorkshop(), INFO))));
    file.charter["x-wiki"] = "https://wiki.example/charter";
    file.charter.stages[0]["x-colour"] = "teal";
    const hash = contentHash(file.charter);
    file.signOff.contentHash = hash;
    for (const s of file.signOff.signatures) s.contentHash = hash;
    const first = serializeCharterFile(file);
    expect(await roundTrip(first)).toBe(first);

    const workshop = expectOk(charterToWorkshop(expectOk(await parseCharterFile(first))));
    expect(isLocked(workshop)).toBe(true);
    expect(currentHash(workshop)).toBe(hash);
    // Only what the format defines is the workshop's.
    expect(buildCharter(workshop)).not.toHaveProperty("x-wiki");
    const next = expectOk(startNewVersion(workshop, hash, "2026-12-03T10:00:00Z"));
    expect(next.signOff.asWritten).toBeUndefined();
    expect(buildCharter(next)).not.toHaveProperty("x-wiki");
    expect(signedCharter(next)).not.toHaveProperty("x-wiki");
    const archived = next.signOff.history.at(-1)?.charter as { charter: Record<string, unknown> };
    expect(archived.charter["x-wiki"]).toBe("https://wiki.example/charter");
    expect(contentHash(archived.charter)).toBe(hash);
  });

  it("writes a kept charter only while it means what the workshop holds", async () => {
    const workshop = await aSignedWorkshop();
    const built = buildCharter(workshop);
    // As a backup might carry it: the same words plus one more field, then a forged title, then not a charter at all.
    const same = { ...workshop, signOff: { ...workshop.signOff, asWritten: { ...built, "x-note": "kept" } } };
    expect(signedCharter(same)).toHaveProperty("x-note", "kept");
    const forged = { ...workshop, signOff: { ...workshop.signOff, asWritten: { ...built, title: "Forged" } } };
    expect(signedCharter(forged)).toEqual(built);
    const junk = { ...workshop, signOff: { ...workshop.signOff, asWritten: { title: 3 } } };
    expect(signedCharter(junk)).toEqual(built);
    expect(validateWorkshop(junk).ok).toBe(true);
    expect(expectOk(await buildCharterFile(junk, INFO)).charter).toEqual(built);
  });

  it("refuses a charter with fewer teams than a workshop needs", async () => {
    const file = JSON.parse(serializeCharterFile(expectOk(await buildCharterFile(aReadyWorkshop(), INFO))));
    const opened = expectOk(await parseCharterFile(JSON.stringify(file)));
    opened.file.charter.teams = opened.file.charter.teams.slice(0, 1);
    const result = charterToWorkshop(opened);
    expect(result.ok ? null : result.problems[0]?.path).toBe("$.charter.teams");
  });
});
