import { Text, View } from "@react-pdf/renderer";
import type { Charter, CharterTerm } from "../charter/format";
import { teamName } from "../charter/wording";
import { Field, Prose } from "./parts";
import { styles } from "./styles";

/** Stage terms in journey order, then the other terms as the glossary lists them; only terms a team wrote for. */
export function termsInTheirWords(c: Charter): CharterTerm[] {
  const written = c.terms.filter((t) => t.teamDefinitions.some((d) => d.text.trim() !== ""));
  const stageOrder = new Map(c.stages.map((s, i) => [s.id, i]));
  const rank = (t: CharterTerm) =>
    t.stageId === null ? c.stages.length : (stageOrder.get(t.stageId) ?? c.stages.length);
  return written
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i)
    .map(({ t }) => t);
}

const AGREED: Record<CharterTerm["status"], string> = {
  agreed: "Agreed",
  parked: "Parked",
  discussing: "Still open",
  open: "Still open",
};

/** An entry stays on one page unless it is longer than a page could hold. */
const SPLITS_PAST = 1500;

function Term({ charter: c, term }: { charter: Charter; term: CharterTerm }) {
  const length = term.definition.length + term.teamDefinitions.reduce((n, d) => n + d.text.length, 0);
  return (
    <View style={styles.entry} wrap={length > SPLITS_PAST}>
      <Text style={styles.entryTitle} minPresenceAhead={50}>
        {term.term}
      </Text>
      {term.teamDefinitions
        .filter((d) => d.text.trim() !== "")
        .map((d) => (
          <Field key={d.teamId} label={teamName(c, d.teamId)}>
            <Text>{d.text}</Text>
          </Field>
        ))}
      <Field label={AGREED[term.status]}>
        {term.status === "agreed" ? (
          <Text>{term.definition}</Text>
        ) : (
          <Prose text={null} none={term.status === "parked" ? "To be settled later" : "No definition agreed yet"} />
        )}
      </Field>
    </View>
  );
}

/**
 * The appendix an executive reads first: where each team started, term by
 * term, beside what the room agreed, so the distance travelled is visible.
 */
export function TheirWords({ charter: c }: { charter: Charter }) {
  const terms = termsInTheirWords(c);
  return (
    <View>
      <Text style={styles.pageTitle}>Appendix: in each team's words</Text>
      <Text style={styles.pageIntro}>
        What each team wrote for a term before the room agreed on it, and the wording agreed. The teams' words are a
        record, not part of the agreement.
      </Text>
      {terms.length === 0 ? (
        <Text style={styles.none}>No team wrote its own definition of any term.</Text>
      ) : (
        terms.map((term) => <Term key={term.id} charter={c} term={term} />)
      )}
    </View>
  );
}
