import { Image, Text, View } from "@react-pdf/renderer";
import type { CharterFile } from "../charter/format";
import { teamName } from "../charter/wording";
import { formatTime } from "./format";
import { INK, MUTED, RULE, styles } from "./styles";

/** One block per signatory, two to a row; a block never splits across pages. */
export function Signatures({ file }: { file: CharterFile }) {
  const c = file.charter;
  const signatories = c.participants.filter((p) => p.signatory);
  return (
    <View>
      <Text style={styles.pageTitle}>Signatures</Text>
      <Text style={styles.pageIntro}>
        Each signature approves the content with hash {file.signOff.contentHash}. Version {c.version}.
      </Text>
      {signatories.length === 0 ? <Text style={styles.none}>Nobody was named to sign this charter.</Text> : null}
      <View style={{ flexDirection: "row", flexWrap: "wrap", justifyContent: "space-between" }}>
        {signatories.map((person) => {
          const signature = file.signOff.signatures.find((s) => s.participantId === person.id);
          return (
            <View key={person.id} wrap={false} style={{ width: "47%", marginBottom: 28 }}>
              <View style={{ height: 64, justifyContent: "flex-end", borderBottomWidth: 1, borderBottomColor: INK }}>
                {signature?.image ? (
                  <Image src={signature.image} style={{ height: 56, objectFit: "contain", objectPositionX: 0 }} />
                ) : signature ? (
                  <Text style={{ fontSize: 18, lineHeight: 1.3, fontStyle: "italic", marginBottom: 6 }}>
                    {signature.name}
                  </Text>
                ) : null}
              </View>
              <Text style={{ fontWeight: 700, marginTop: 5 }}>{signature?.name ?? person.name}</Text>
              <Text style={styles.muted}>
                {[person.role, teamName(c, person.teamId)].filter((x) => x.trim() !== "").join(" · ")}
              </Text>
              {signature ? (
                <Text style={{ fontSize: 8, color: MUTED, marginTop: 3 }}>
                  Signed {formatTime(signature.signedAt)} ({signature.method === "drawn" ? "drawn" : "typed"}
                  {signature.device ? `, on a phone in the room: ${signature.device}` : ""})
                </Text>
              ) : (
                <Text style={{ fontSize: 8, color: MUTED, marginTop: 3, fontStyle: "italic" }}>Not signed yet</Text>
              )}
            </View>
          );
        })}
      </View>
      {file.signOff.signatures.length > 0 ? (
        <Text style={{ fontSize: 8, color: MUTED, borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 6 }}>
          To check this document, recompute the hash of the charter JSON (RFC 8785 canonical form, SHA-256), e.g. with
          `accord verify charter.json`; it must equal the hash above.
        </Text>
      ) : null}
    </View>
  );
}
