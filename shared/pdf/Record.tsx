import { Text } from "@react-pdf/renderer";
import type { Charter } from "../charter/format";
import { decisionShown } from "./decisions";
import { formatDate, formatTime } from "./format";
import { Prose, SectionTitle, Table } from "./parts";
import { styles } from "./styles";

export function Decisions({ charter: c }: { charter: Charter }) {
  return (
    <>
      <SectionTitle>Decisions</SectionTitle>
      {c.decisions.length === 0 ? (
        <Text style={styles.none}>No decisions were logged.</Text>
      ) : (
        <Table
          columns={[
            { title: "When", width: "26%", render: (d) => <Text style={styles.muted}>{formatTime(d.at)}</Text> },
            { title: "Decision", width: "74%", render: (d) => <Text>{decisionShown(c, d)}</Text> },
          ]}
          rows={c.decisions}
          rowKey={(d) => d.id}
          isLong={(d) => decisionShown(c, d).length > 600}
        />
      )}
    </>
  );
}

export function OpenItems({ charter: c }: { charter: Charter }) {
  return (
    <>
      <SectionTitle>Open items</SectionTitle>
      {c.openItems.length === 0 ? (
        <Text style={styles.none}>Nothing was left open.</Text>
      ) : (
        <Table
          columns={[
            { title: "Item", width: "58%", render: (o) => <Prose text={o.text} none="—" /> },
            { title: "Owner", width: "24%", render: (o) => <Text>{o.owner ?? "Not yet taken"}</Text> },
            // Format 1.3: an item with an owner and a date is an action the room expects answered.
            { title: "By", width: "18%", render: (o) => <Text>{o.due ? formatDate(o.due) : "—"}</Text> },
          ]}
          rows={c.openItems}
          rowKey={(o) => o.id}
          isLong={(o) => o.text.length > 600}
        />
      )}
    </>
  );
}
