import { noSuch, TEXT_MAX } from "./checks";
import { newId } from "./ids";
import { locate } from "./locate";
import type { Workshop } from "./model";
import { type Produced, produced, type Result } from "./result";
import { addTerm } from "./terms";

/** The log holds what any text field holds; a parked item at its longest is cut, marked with an ellipsis. */
const logged = (text: string) => (text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text);

/**
 * A parked question that turns out to be a word the teams use differently
 * ("Do webinar attendees count?" → the term "Webinar attendee") becomes a
 * term of the glossary, to define side by side. The item leaves the parking
 * lot and its words go to the decision log, so nothing the room said is
 * lost. One step; its value is the new term's id.
 */
export function parkedItemToTerm(
  w: Workshop,
  itemId: string,
  name: string,
  at: string,
  makeId: () => string = newId,
): Result<Produced<string>> {
  const found = locate(w.parkingLot, itemId);
  if (!found) return noSuch("itemId", "parking lot item", itemId);
  const added = addTerm(w, { term: name }, makeId);
  if (!added.ok) return added;
  const { workshop, value: termId } = added.value;
  const term = name.trim();
  const { owner, due } = found.item;
  const taken = [owner && `owner ${owner}`, due && `due ${due}`].filter(Boolean).join(", ");
  return produced(
    {
      ...workshop,
      parkingLot: workshop.parkingLot.filter((p) => p.id !== itemId),
      decisions: [
        ...workshop.decisions,
        {
          id: makeId(),
          kind: "note",
          text: logged(`Parked item made the term ${term}: ${found.item.text}${taken ? ` (${taken})` : ""}`),
          at,
          termId,
        },
      ],
    },
    termId,
  );
}
