/**
 * The one rule for "signed", used by the lock, every screen, the charter
 * file and the PDF: someone is named to sign, and every one of them has
 * signed this very content.
 */
export function everyoneSigned(signatoryIds: readonly string[], signedIds: ReadonlySet<string>): boolean {
  return signatoryIds.length > 0 && signatoryIds.every((id) => signedIds.has(id));
}
