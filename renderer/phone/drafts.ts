/*
 * Words typed on the phone and not yet taken by the room, by field (and the
 * term it is for). They live outside the components, so a step that comes
 * and goes (a blank screen, another term) neither loses them nor forgets
 * that the room took them while the field was not on screen.
 */
const drafts = new Map<string, string>();
/** Requests in flight that carry a draft: the room's answer settles it. */
const pending = new Map<number, { key: string; text: string }>();
const listeners = new Set<() => void>();
let version = 0;

const changed = () => {
  version += 1;
  for (const listener of listeners) listener();
};

export const draftOf = (key: string) => drafts.get(key) ?? "";
export const isSending = (key: string) => [...pending.values()].some((p) => p.key === key);

export function setDraft(key: string, text: string): void {
  drafts.set(key, text);
  changed();
}

export function sentDraft(id: number, key: string, text: string): void {
  pending.set(id, { key, text });
  changed();
}

/** The room answered request `id`: taken, the words go (unless more was typed since); refused, they stay. */
export function settleDraft(id: number, accepted: boolean): void {
  const sent = pending.get(id);
  if (!sent) return;
  pending.delete(id);
  if (accepted && drafts.get(sent.key) === sent.text) drafts.set(sent.key, "");
  changed();
}

/** Nothing in flight gets an answer once the socket is gone: the words stay, to send again. */
export function dropPending(): void {
  if (pending.size === 0) return;
  pending.clear();
  changed();
}

export function subscribeDrafts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const draftsVersion = () => version;
