import { Text, View } from "@react-pdf/renderer";
import { Fragment } from "react";
import { type ChangeSection, charterChanges, sectionLabel } from "../charter/changes";
import type { Charter, CharterFile } from "../charter/format";
import { meaningfulCharter } from "../charter/meaningful";
import { Bullets, SectionTitle } from "./parts";
import { styles } from "./styles";

/** The lines of one section, kept in the order charterChanges gives them. */
function bySection(previous: CharterFile, charter: Charter): [ChangeSection, string[]][] {
  const groups = new Map<ChangeSection, string[]>();
  for (const change of charterChanges(meaningfulCharter(previous), charter)) {
    groups.set(change.section, [...(groups.get(change.section) ?? []), change.text]);
  }
  return [...groups];
}

/**
 * Version 2 and later: what this version changes since the one the room
 * signed before, so a reader of the PDF alone sees what they are asked to
 * sign again.
 */
export function Changes({ charter: c, previous }: { charter: Charter; previous: CharterFile | undefined }) {
  const since = c.version - 1;
  const sections = previous ? bySection(previous, c) : [];
  return (
    <View>
      <Text style={styles.pageTitle}>What changed since version {since}</Text>
      {previous === undefined ? (
        <Text style={styles.none}>
          Version {since} was not at hand when this PDF was made, so its changes are not listed. Accord lists them on
          the Sign off screen; accord render lists them given --previous with version {since}'s charter file.
        </Text>
      ) : (
        <Text style={styles.pageIntro}>
          {sections.length === 0
            ? `Nothing changed since version ${since}: this version says what version ${since} said.`
            : `Compared with version ${since}, signed before this one. Everything not listed here reads as it did.`}
        </Text>
      )}
      {sections.map(([section, lines]) => (
        <Fragment key={section}>
          <SectionTitle>{sectionLabel[section]}</SectionTitle>
          <Bullets items={lines} none="" />
        </Fragment>
      ))}
    </View>
  );
}
