import { Text, View } from "@react-pdf/renderer";
import type { Charter } from "../charter/format";
import { followUpAttempts, formatOwner, formatSla, stageName, teamName } from "../charter/wording";
import { describeSlaCalendar } from "../workshop/calendar";
import { Prose, SectionTitle, Table } from "./parts";
import { styles } from "./styles";

const LONG = 600;
const long = (...texts: (string | null)[]) => texts.reduce((n, t) => n + (t?.length ?? 0), 0) > LONG;

export function Handoffs({ charter: c }: { charter: Charter }) {
  const handoffs = c.transitions.filter((t) => t.handoff);
  return (
    <>
      <SectionTitle>Handoff rules</SectionTitle>
      {handoffs.length === 0 ? (
        <Text style={styles.none}>No handoffs were mapped.</Text>
      ) : (
        <Table
          columns={[
            {
              title: "Handoff",
              width: "20%",
              render: (t) => (
                <View>
                  <Text style={{ fontWeight: 600 }}>{stageName(c, t.from)}</Text>
                  <Text style={styles.muted}>to {stageName(c, t.to)}</Text>
                </View>
              ),
            },
            { title: "Trigger", width: "27%", render: (t) => <Prose text={t.trigger} none="No trigger agreed" /> },
            { title: "Owner", width: "16%", render: (t) => <Text>{formatOwner(c, t.owner)}</Text> },
            {
              title: "SLA",
              width: "13%",
              render: (t) => (
                <View>
                  <Text>{t.sla ? formatSla(t.sla) : "—"}</Text>
                  {t.followUp ? (
                    <Text style={styles.muted}>
                      {`${followUpAttempts(t.followUp)}${t.followUp.escalateTo ? `; missed: ${t.followUp.escalateTo}` : ""}`}
                    </Text>
                  ) : null}
                </View>
              ),
            },
            { title: "If rejected", width: "24%", render: (t) => <Prose text={t.onReject} none="—" /> },
          ]}
          rows={handoffs}
          rowKey={(t) => t.id}
          isLong={(t) => long(t.trigger, t.onReject)}
        />
      )}
      <WorkingHours charter={c} />
    </>
  );
}

/** Format 1.1: the calendar business hours and days count in; said only where an SLA counts in them. */
function WorkingHours({ charter: c }: { charter: Charter }) {
  const counted = c.transitions.some((t) => t.sla?.unit === "business-hours" || t.sla?.unit === "business-days");
  if (c.slaCalendar === undefined || (!counted && c.slaCalendar === null)) return null;
  return (
    <Text style={styles.muted}>
      {c.slaCalendar
        ? `Business hours and business days are counted in: ${describeSlaCalendar(c.slaCalendar)}.`
        : "No working calendar was agreed: business hours and business days are not pinned to days, hours or a time zone."}
    </Text>
  );
}

export function Kpis({ charter: c }: { charter: Charter }) {
  return (
    <>
      <SectionTitle>Shared KPIs</SectionTitle>
      {c.kpis.length === 0 ? (
        <Text style={styles.none}>No shared KPIs were agreed.</Text>
      ) : (
        <Table
          columns={[
            { title: "KPI", width: "20%", render: (k) => <Text style={{ fontWeight: 600 }}>{k.name}</Text> },
            {
              title: "Definition",
              width: "40%",
              render: (k) => (
                <View>
                  <Prose text={k.definition} none="—" />
                  {k.formula ? <Text style={styles.muted}>= {k.formula}</Text> : null}
                </View>
              ),
            },
            { title: "Target", width: "20%", render: (k) => <Text>{k.target ?? "—"}</Text> },
            {
              title: "Owner",
              width: "20%",
              render: (k) => <Text>{k.ownerTeamId ? teamName(c, k.ownerTeamId) : "Shared"}</Text>,
            },
          ]}
          rows={c.kpis}
          rowKey={(k) => k.id}
          isLong={(k) => long(k.definition, k.formula)}
        />
      )}
    </>
  );
}

export function FeedbackLoop({ charter: c }: { charter: Charter }) {
  return (
    <>
      <SectionTitle>Feedback loop</SectionTitle>
      {c.feedbackLoop.length === 0 ? (
        <Text style={styles.none}>No feedback loop was agreed.</Text>
      ) : (
        <Table
          columns={[
            {
              title: "From",
              width: "26%",
              render: (f) => (
                <Text style={{ fontWeight: 600 }}>{`${teamName(c, f.fromTeamId)} to ${teamName(c, f.toTeamId)}`}</Text>
              ),
            },
            { title: "What", width: "54%", render: (f) => <Prose text={f.what} none="—" /> },
            { title: "How often", width: "20%", render: (f) => <Text>{f.cadence || "—"}</Text> },
          ]}
          rows={c.feedbackLoop}
          rowKey={(f) => f.id}
          isLong={(f) => long(f.what)}
        />
      )}
    </>
  );
}
