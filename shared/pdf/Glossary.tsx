import { Text, View } from "@react-pdf/renderer";
import type { Charter, CharterCrmValue, CharterStage, CharterTerm } from "../charter/format";
import { describeMapping } from "../charter/mapping";
import { formatOwner, formatSla, stageName } from "../charter/wording";
import { Bullets, Field, Prose, SectionTitle } from "./parts";
import { styles } from "./styles";

const STATUS: Record<CharterTerm["status"], string> = {
  open: "Open",
  discussing: "Still under discussion",
  agreed: "Agreed",
  parked: "Parked",
};

function StageEntry({ charter: c, stage, number }: { charter: Charter; stage: CharterStage; number: number }) {
  const leaving = c.transitions.filter((t) => t.from === stage.id && t.handoff);
  const crm = [
    stage.crm.hubspotLifecycleStage &&
      `HubSpot lifecycle stage: ${crmWords(stage.crm.hubspotLifecycleStage, stage.crm.hubspot, "HubSpot")}`,
    stage.crm.salesforceLeadStatus &&
      `Salesforce lead status: ${crmWords(stage.crm.salesforceLeadStatus, stage.crm.salesforce, "Salesforce")}`,
    stage.crm.setup && `CRM set-up: ${describeMapping(stage)}`,
  ].filter((x): x is string => Boolean(x));
  const ending = stage.kind !== "outcome" ? null : stage.outcome ? `Outcome: ${stage.outcome}` : "Outcome";
  const subtitle = [ending, stage.buyerLabel && `The buyer: ${stage.buyerLabel}`].filter(Boolean).join(" · ");
  return (
    <View style={styles.entry}>
      <Text style={styles.entryTitle} minPresenceAhead={70}>
        {number}. {stage.name}
      </Text>
      {subtitle ? <Text style={styles.entrySubtitle}>{subtitle}</Text> : null}
      <Field label="Definition">
        <Prose text={stage.definition} />
      </Field>
      {stage.entryCriteria.length === 0 && stage.exitCriteria.length === 0 ? (
        // Said once, not twice in a row.
        <Field label="Criteria">
          <Text>No entry or exit criteria agreed</Text>
        </Field>
      ) : (
        <>
          <Field label="Entry criteria">
            <Bullets items={stage.entryCriteria} none="None agreed" />
          </Field>
          <Field label="Exit criteria">
            <Bullets items={stage.exitCriteria} none="None agreed" />
          </Field>
        </>
      )}
      <Field label="Owner">
        <Text>{formatOwner(c, stage.owner)}</Text>
      </Field>
      {leaving.length === 0 ? null : (
        <>
          <Field label="Trigger">
            <Bullets
              items={leaving.map((t) => `To ${stageName(c, t.to)}: ${t.trigger.trim() || "no trigger agreed"}`)}
              none=""
            />
          </Field>
          <Field label="SLA">
            <Bullets items={leaving.map((t) => `To ${stageName(c, t.to)}: ${formatSla(t.sla)}`)} none="" />
          </Field>
        </>
      )}
      {crm.length > 0 ? (
        <Field label="CRM">
          <Bullets items={crm} none="" />
        </Field>
      ) : null}
    </View>
  );
}

function TermEntry({ term }: { term: CharterTerm }) {
  return (
    <View style={styles.entry}>
      <Text style={styles.entryTitle} minPresenceAhead={40}>
        {term.term}
      </Text>
      <Text style={styles.entrySubtitle}>{STATUS[term.status]}</Text>
      <Prose text={term.definition} none={term.status === "parked" ? "Parked: to be settled later" : "Not agreed"} />
    </View>
  );
}

export function GlossaryIntro() {
  return (
    <View>
      <Text style={styles.pageTitle}>Glossary</Text>
      <Text style={styles.pageIntro}>
        What each stage of the journey means, what moves a buyer in and out of it, who owns it, and how fast the next
        team acts.
      </Text>
    </View>
  );
}

/** Stage entries numbered in journey order, whichever page they fall on. */
export function StageEntries({ charter: c, stages }: { charter: Charter; stages: CharterStage[] }) {
  return (
    <>
      {stages.map((stage) => (
        <StageEntry key={stage.id} charter={c} stage={stage} number={c.stages.indexOf(stage) + 1} />
      ))}
    </>
  );
}

export function TermEntries({ terms, first }: { terms: CharterTerm[]; first: boolean }) {
  return (
    <>
      {first ? <SectionTitle>Other terms</SectionTitle> : null}
      {terms.map((term) => (
        <TermEntry key={term.id} term={term} />
      ))}
    </>
  );
}

/** Format 1.1 says what a CRM value is: one of the CRM's own (its internal value), or one to create there. */
function crmWords(typed: string, meaning: CharterCrmValue | null | undefined, crm: string): string {
  if (!meaning) return typed;
  if (meaning.value === null) return `${meaning.label} (not a ${crm} default: to be created in ${crm})`;
  return meaning.value === meaning.label ? meaning.label : `${meaning.label} (internal value ${meaning.value})`;
}
