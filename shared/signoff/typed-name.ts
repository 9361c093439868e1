// Apart from the rest of signing, so that a phone's small page can ask the same question without the whole model.

/* Letters that Unicode does not decompose into a base letter and an accent. */
const FOLDED: Record<string, string> = { ł: "l", ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ð: "d", þ: "th", ı: "i" };

/** A name as people type it without the accents: "Łódź Müller" and "lodz  muller" read the same. */
export function plainName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[łøæœßđðþı]/g, (c) => FOLDED[c] ?? c)
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a typed signature is the signatory's name, case and accents aside: if not, the signer is asked first. */
export const typedNameMatches = (typed: string, name: string): boolean => plainName(typed) === plainName(name);
