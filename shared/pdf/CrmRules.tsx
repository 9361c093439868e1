import { Text, View } from "@react-pdf/renderer";
import type { Charter } from "../charter/format";
import { reasonKindLabel } from "../crm/reasons";
import { applicableRules } from "../workshop/crm-agreement";
import { RULE_NAMES } from "../workshop/rule-subject";
import { formatTime } from "./format";
import { Bullets, Field, Prose, SectionTitle, Table } from "./parts";
import { styles } from "./styles";

type Code = NonNullable<Charter["crmRules"]>["reasonCodes"][number];
const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

const STANDING: Record<string, string> = {
  open: "Not agreed: still open",
  discussing: "Not agreed: still in discussion",
  parked: "Parked: not agreed today",
};

/**
 * Format 1.4: where the room stands on each CRM rule that holds something,
 * so a reader sees at once which rules were agreed (and the CRM gets) and
 * which were not. Nothing for an earlier format.
 */
export function CrmStanding({ charter: c }: { charter: Charter }) {
  const agreement = c.crmAgreement;
  const rules = agreement ? applicableRules(c) : [];
  if (!agreement || rules.length === 0) return null;
  return (
    <>
      <SectionTitle>CRM rules: where the room stands</SectionTitle>
      {rules.map((topic) => {
        const { status, agreedAt } = agreement[topic];
        return (
          <Field key={topic} label={RULE_NAMES[topic].title}>
            <Text style={status === "agreed" ? undefined : { fontWeight: 600 }}>
              {status === "agreed" && agreedAt ? `Agreed ${formatTime(agreedAt)}` : (STANDING[status] ?? status)}
            </Text>
          </Field>
        );
      })}
    </>
  );
}

/**
 * Format 1.2: the rules the CRM set-up pack puts into HubSpot and
 * Salesforce, as the room agreed and signed them. Nothing is printed for a
 * charter that carries none (an earlier format, or rules set aside).
 */
export function CrmRules({ charter: c }: { charter: Charter }) {
  const rules = c.crmRules;
  if (!rules) return <CrmStanding charter={c} />;
  const q = rules.qualification;
  const score = (n: number | null) => (n === null ? "not agreed" : String(n));
  return (
    <>
      <CrmStanding charter={c} />
      <SectionTitle>When a lead is marketing-qualified</SectionTitle>
      <Field label="Ideal customer profile">
        <Prose text={q.idealCustomerProfile} />
      </Field>
      <Field label="Not a fit">
        <Bullets items={q.exclusions} none="No exclusions agreed" />
      </Field>
      <Field label="Buying committee">
        <Bullets items={q.buyingRoles} none="No roles agreed" />
      </Field>
      <Field label="Scores">
        <Text>
          {q.fitThreshold === null && q.engagementThreshold === null
            ? "No thresholds agreed"
            : `Fit ${score(q.fitThreshold)} and engagement ${score(q.engagementThreshold)}, scored apart`}
        </Text>
      </Field>
      <Field label="Fast lane">
        <Prose text={q.handRaise} />
      </Field>
      <SectionTitle>Reason codes</SectionTitle>
      {rules.reasonCodes.length === 0 ? (
        <Text style={styles.none}>No reason codes were agreed.</Text>
      ) : (
        <Table<Code>
          columns={[
            { title: "Kind", width: "22%", render: (r) => <Text>{reasonKindLabel(r.kind)}</Text> },
            {
              title: "Reason",
              width: "26%",
              render: (r) => (
                <View>
                  <Text style={{ fontWeight: 600 }}>{r.label}</Text>
                  <Text style={styles.muted}>{r.apiName}</Text>
                </View>
              ),
            },
            {
              title: "What it means",
              width: "52%",
              render: (r) => (
                <View>
                  <Prose text={r.description} none="—" />
                  {r.revisitAfterDays !== null ? (
                    <Text style={styles.muted}>Looked at again after {days(r.revisitAfterDays)}</Text>
                  ) : null}
                </View>
              ),
            },
          ]}
          rows={rules.reasonCodes}
          rowKey={(r) => r.id}
        />
      )}
    </>
  );
}
