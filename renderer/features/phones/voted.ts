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

export function forgetTerm(termId: string): void {
  for (const k of voted) if (k.startsWith(`${termId}\u0000`)) voted.delete(k);
}

export const forgetVote = (termId: string, deviceId: string) => void voted.delete(key(termId, deviceId));

export const forgetAll = () => voted.clear();
