/*
 * All the room keeps of an anonymous vote: that this phone has voted in this
 * check, never what it chose or which vote was its. The phone itself holds
 * its vote's id, to change it. Forgotten for a term when its votes are
 * cleared, and for every term when the room closes.
 */
const voted = new Set<string>();
const key = (termId: string, deviceId: string) => `${termId}\u0000${deviceId}`;

export const hasVoted = (termId: string, deviceId: string) => voted.has(key(termId, deviceId));
export const markVoted = (termId: string, deviceId: string) => void voted.add(key(termId, deviceId));

/** Rounds of each check this session: a phone keeps its vote per round, so a new round starts without it. */
const rounds: Record<string, number> = {};
export const roundsNow = (): Readonly<Record<string, number>> => rounds;

/** A new round of a term's check: every phone may vote in it afresh. */
export function forgetTerm(termId: string): void {
  for (const k of voted) if (k.startsWith(`${termId}\u0000`)) voted.delete(k);
  rounds[termId] = (rounds[termId] ?? 0) + 1;
}

export const forgetAll = () => voted.clear();
