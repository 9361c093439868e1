import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { styles } from "./styles";

/**
 * A heading never ends a page alone: it needs room for a table's head and a
 * row or a few lines. react-pdf moves it only when something precedes it in
 * the same parent, so a section is a fragment, never a View of its own.
 */
export function SectionTitle({ children, breakBefore = false }: { children: ReactNode; breakBefore?: boolean }) {
  return (
    <Text style={styles.sectionTitle} minPresenceAhead={90} break={breakBefore}>
      {children}
    </Text>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View style={styles.fieldRow}>
      <Text style={styles.fieldLabel}>{label}</Text>
      <View style={styles.fieldValue}>{children}</View>
    </View>
  );
}

/** Free text as it was agreed, or a quiet note that nothing was. */
export function Prose({ text, none = "Not agreed" }: { text: string | null; none?: string }) {
  return text !== null && text.trim() !== "" ? <Text>{text}</Text> : <Text style={styles.none}>{none}</Text>;
}

export function Bullets({ items, none }: { items: readonly string[]; none: string }) {
  const filled = items.filter((i) => i.trim() !== "");
  if (filled.length === 0) return <Text style={styles.none}>{none}</Text>;
  return (
    <View>
      {filled.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: criteria are plain text in a fixed order
        <View key={i} style={styles.bulletRow}>
          <Text style={styles.bullet}>•</Text>
          <Text style={{ flex: 1 }}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

export interface Column<T> {
  title: string;
  width: number | string;
  render: (row: T) => ReactNode;
}

interface TableProps<T> {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Rows this long may split across pages; shorter ones never do. */
  isLong?: (row: T) => boolean;
}

/** A table whose header repeats on every page it runs onto. */
export function Table<T>({ columns, rows, rowKey, isLong = () => false }: TableProps<T>) {
  return (
    <View style={styles.table}>
      <View style={styles.tableHead} fixed>
        {columns.map((c) => (
          <Text key={c.title} style={[styles.cell, { width: c.width }]}>
            {c.title}
          </Text>
        ))}
      </View>
      {rows.map((row) => (
        <View key={rowKey(row)} style={styles.tableRow} wrap={isLong(row)}>
          {columns.map((c) => (
            <View key={c.title} style={[styles.cell, { width: c.width }]}>
              {c.render(row)}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
