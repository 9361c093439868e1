import { Text, View } from "@react-pdf/renderer";
import type { Charter } from "../charter/format";
import { formatOwner, teamName } from "../charter/wording";
import { plural } from "../workshop/plural";
import { SectionTitle, Table } from "./parts";
import { styles } from "./styles";

/** One paragraph a VP can read in the lift, in numbers the room produced. */
export function overview(c: Charter): string {
  const stages = c.stages.filter((s) => s.kind === "stage");
  const defined = c.stages.filter((s) => s.definition.trim() !== "").length;
  const handoffs = c.transitions.filter((t) => t.handoff);
  const withSla = handoffs.filter((t) => t.sla !== null).length;
  const agreed = c.terms.filter((t) => t.status === "agreed").length;
  const teams = c.teams.map((t) => t.name);
  const who = teams.length > 1 ? `${teams.slice(0, -1).join(", ")} and ${teams.at(-1)}` : (teams[0] ?? "The teams");
  return [
    `${who} mapped a buyer journey of ${plural(stages.length, "stage")} and ${plural(c.stages.length - stages.length, "outcome")},`,
    `with agreed definitions for ${defined} of them.`,
    `${plural(handoffs.length, "handoff")} ${handoffs.length === 1 ? "passes" : "pass"} the buyer between teams; ${withSla} ${withSla === 1 ? "carries" : "carry"} a service-level agreement.`,
    `The glossary holds ${plural(c.terms.length, "term")}, ${agreed} agreed.`,
    `${teams.length > 2 ? "All the teams" : teams.length === 2 ? "Both sides" : "The team"} will be measured on ${plural(c.kpis.length, "shared KPI")}.`,
    c.openItems.length > 0
      ? `${plural(c.openItems.length, "item")} ${c.openItems.length === 1 ? "remains" : "remain"} open.`
      : "Nothing was left open.",
  ].join(" ");
}

export function Summary({ charter: c }: { charter: Charter }) {
  return (
    <View>
      <Text style={styles.pageTitle}>Summary</Text>
      <Text style={{ fontSize: 11, lineHeight: 1.55, marginBottom: 8 }}>{overview(c)}</Text>

      <SectionTitle>The journey at a glance</SectionTitle>
      <Table
        columns={[
          { title: "#", width: "6%", render: (s) => <Text style={styles.muted}>{c.stages.indexOf(s) + 1}</Text> },
          { title: "Stage", width: "24%", render: (s) => <Text style={{ fontWeight: 600 }}>{s.name}</Text> },
          { title: "Owner", width: "25%", render: (s) => <Text>{formatOwner(c, s.owner)}</Text> },
          {
            title: "Agreed",
            width: "45%",
            render: (s) =>
              s.definition.trim() ? (
                <Text>
                  Definition, {s.entryCriteria.length} entry and {s.exitCriteria.length} exit criteria
                </Text>
              ) : (
                <Text style={styles.none}>No agreed definition</Text>
              ),
          },
        ]}
        rows={c.stages}
        rowKey={(s) => s.id}
      />

      <SectionTitle>In the room</SectionTitle>
      <Table
        columns={[
          { title: "Name", width: "32%", render: (p) => <Text>{p.name}</Text> },
          { title: "Role", width: "30%", render: (p) => <Text>{p.role}</Text> },
          { title: "Team", width: "24%", render: (p) => <Text>{teamName(c, p.teamId)}</Text> },
          { title: "Signs", width: "14%", render: (p) => <Text>{p.signatory ? "Yes" : "—"}</Text> },
        ]}
        rows={c.participants}
        rowKey={(p) => p.id}
      />
    </View>
  );
}
