import { byId } from "./locate";
import type { Consensus, CrmAgreement, CrmRuleTopic, RuleAgreement, Workshop } from "./model";
import { CRM_RULE_TOPICS } from "./model";

/** How a rule is named: on its own (a list, a heading), starting a sentence, and inside one. */
export const RULE_NAMES: Record<CrmRuleTopic, { title: string; subject: string; inSentence: string }> = {
  stageMappings: { title: "Stage mapping", subject: "The CRM stage mapping", inSentence: "the CRM stage mapping" },
  followUps: { title: "Follow-ups", subject: "The follow-up rule", inSentence: "the follow-up rule" },
  qualification: { title: "Who qualifies", subject: "The qualification rule", inSentence: "the qualification rule" },
  reasonCodes: { title: "Reason codes", subject: "The reason-code list", inSentence: "the reason-code list" },
};

/**
 * A rule's id wherever a term's id goes (the consensus check, a readiness
 * link, the Agree view's pick). Term ids never take this shape: Accord makes
 * UUIDs, and a charter's ids are checked against it on import.
 */
const PREFIX = "crm-rule:";
export const ruleSubjectId = (topic: CrmRuleTopic): string => `${PREFIX}${topic}`;
export function topicOfSubject(id: string): CrmRuleTopic | null {
  if (!id.startsWith(PREFIX)) return null;
  const topic = id.slice(PREFIX.length);
  return (CRM_RULE_TOPICS as readonly string[]).includes(topic) ? (topic as CrmRuleTopic) : null;
}

export const freshRuleAgreement = (): RuleAgreement => ({
  status: "open",
  agreedAt: null,
  agreedOn: null,
  consensus: { method: "fist-of-five", votes: [], override: null },
});

export function freshCrmAgreement(): CrmAgreement {
  return {
    stageMappings: freshRuleAgreement(),
    followUps: freshRuleAgreement(),
    qualification: freshRuleAgreement(),
    reasonCodes: freshRuleAgreement(),
  };
}

/**
 * Where a version signed before rules had a status stands: its rules were
 * signed with it, so agreed when the first signature was made (times
 * compared as times, whatever their offsets); with no signature, still open.
 */
export function crmAgreementSignedAt(signedAt: readonly string[]): CrmAgreement {
  const first = [...signedAt].sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return first === undefined ? freshCrmAgreement() : agreedCrmAgreement(first);
}

/** Every rule agreed at `at`: what a version signed before rules had a status stands for. */
export function agreedCrmAgreement(at: string): CrmAgreement {
  const agreed = (): RuleAgreement => ({ ...freshRuleAgreement(), status: "agreed", agreedAt: at });
  return { stageMappings: agreed(), followUps: agreed(), qualification: agreed(), reasonCodes: agreed() };
}

export function withRuleAgreement(w: Workshop, topic: CrmRuleTopic, agreement: RuleAgreement): Workshop {
  return { ...w, crmAgreement: { ...w.crmAgreement, [topic]: agreement } };
}

/** The consensus check of a term or a CRM rule, by the id votes and reveals go by; undefined if there is none. */
export function subjectConsensus(w: Workshop, id: string): Consensus | undefined {
  const topic = topicOfSubject(id);
  return topic ? w.crmAgreement[topic].consensus : byId(w.terms, id)?.consensus;
}
