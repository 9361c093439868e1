import { AccordDatabase } from "../../renderer/storage/db";
import { installationSealKeys } from "../../renderer/storage/seal-keys";
import { keyFingerprint } from "../../shared/charter/seal";

let names = 0;
const freshName = () => `seal-keys-${++names}-${Math.random()}`;

describe("the installation's sealing key", () => {
  it("is made once and kept: every export, window and restart seals with the same key", async () => {
    const name = freshName();
    const first = new AccordDatabase(name);
    const [a, b] = await Promise.all([installationSealKeys(first), installationSealKeys(first)]);
    expect(keyFingerprint(a.publicKey)).toBe(keyFingerprint(b.publicKey));
    // Another window, or the app started again, opens the same database.
    const other = new AccordDatabase(name);
    expect(keyFingerprint((await installationSealKeys(other)).publicKey)).toBe(keyFingerprint(a.publicKey));
    expect(await first.keys.count()).toBe(1);
    first.close();
    other.close();
  });

  it("is stored as a key that cannot be read out, in a store no workshop is kept in", async () => {
    const db = new AccordDatabase(freshName());
    const keys = await installationSealKeys(db);
    expect(keys.privateKey.extractable).toBe(false);
    expect(keys.privateKey.usages).toEqual(["sign"]);
    const stored = await db.keys.get("seal");
    expect(stored?.privateKey.extractable).toBe(false);
    expect(await db.documents.count()).toBe(0);
    db.close();
  });

  it("another installation has another key", async () => {
    const one = await installationSealKeys(new AccordDatabase(freshName()));
    const two = await installationSealKeys(new AccordDatabase(freshName()));
    expect(keyFingerprint(one.publicKey)).not.toBe(keyFingerprint(two.publicKey));
  });
});
