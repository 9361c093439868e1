import { Text, View } from "@react-pdf/renderer";
import type { Charter } from "../charter/format";
import { formatTime } from "./format";
import { Prose, SectionTitle, Table } from "./parts";
import { styles } from "./styles";

export function Decisions({ charter: c }: { charter: Charter }) {
  return (
    <View>
      <SectionTitle>Decisions</SectionTitle>
      {c.decisions.length === 0 ? (
        <Text style={styles.none}>No decisions were logged.</Text>
      ) : (
        <Table
          columns={[
            { title: "When", width: "26%", render: (d) => <Text style={styles.muted}>{formatTime(d.at)}</Text> },
            { title: "Decision", width: "74%", render: (d) => <Text>{d.text}</Text> },
          ]}
          rows={c.decisions}
          rowKey={(d) => d.id}
          isLong={(d) => d.text.length > 600}
        />
      )}
    </View>
  );
}

export function OpenItems({ charter: c }: { charter: Charter }) {
  return (
    <View>
      <SectionTitle>Open items</SectionTitle>
      {c.openItems.length === 0 ? (
        <Text style={styles.none}>Nothing was left open.</Text>
      ) : (
        <Table
          columns={[
            { title: "Item", width: "74%", render: (o) => <Prose text={o.text} none="—" /> },
            { title: "Owner", width: "26%", render: (o) => <Text>{o.owner ?? "Not yet taken"}</Text> },
          ]}
          rows={c.openItems}
          rowKey={(o) => o.id}
          isLong={(o) => o.text.length > 600}
        />
      )}
    </View>
  );
}
