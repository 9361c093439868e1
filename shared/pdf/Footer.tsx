import { Text, View } from "@react-pdf/renderer";
import { PageNumber, type PageNumbering, PageTotal } from "./page-numbers";
import { styles } from "./styles";

/**
 * On every page: what this is, which version, the full hash a reader can
 * check the JSON against, and which Accord installation sealed it (or that
 * nothing did), so a printed page can be matched with `accord verify --key`.
 */
export function Footer({
  title,
  version,
  hash,
  sealedBy,
  numbering,
  learnsTotal = false,
}: {
  title: string;
  version: number;
  hash: string;
  sealedBy: string | null;
  numbering: PageNumbering;
  /** On one page only (the cover): where the page count is learnt, at the cost of laying the page out again. */
  learnsTotal?: boolean;
}) {
  return (
    <View style={styles.footer} fixed>
      <View style={{ flex: 1 }}>
        <Text>
          {title} · Version {version}
        </Text>
        <Text>Content hash {hash}</Text>
        <Text>{sealedBy ? `Sealed by the Accord installation with key ${sealedBy}` : "Not sealed"}</Text>
      </View>
      {learnsTotal ? <PageTotal numbering={numbering} /> : null}
      <PageNumber numbering={numbering} />
    </View>
  );
}

/** Repeated at the top of every page of a charter that no longer matches its signatures. */
export function NotIntactBanner({ reason }: { reason: string }) {
  return (
    <View style={styles.warning} fixed>
      <Text>NOT INTACT — this charter was changed after it was exported or signed.</Text>
      <Text style={{ fontWeight: 400, fontSize: 8 }}>{reason}</Text>
    </View>
  );
}
