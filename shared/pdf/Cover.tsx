import { Text, View } from "@react-pdf/renderer";
import type { CharterFile } from "../charter/format";
import { formatDate, formatTime } from "./format";
import type { PdfStatus } from "./status";
import { ACCENT, HANDOFF, INK, MUTED, RULE, WARNING } from "./styles";

const TONE = { signed: "#15803D", draft: HANDOFF, warning: WARNING } as const;

function Line({ label, children, small = false }: { label: string; children: string; small?: boolean }) {
  return (
    <View style={{ flexDirection: "row", paddingVertical: 6, borderBottomWidth: 0.5, borderBottomColor: RULE }}>
      <Text style={{ width: 120, color: MUTED }}>{label}</Text>
      <Text style={{ flex: 1, fontSize: small ? 8 : 10 }}>{children}</Text>
    </View>
  );
}

export function Cover({ file, status }: { file: CharterFile; status: PdfStatus }) {
  const c = file.charter;
  return (
    <View>
      <View style={{ height: 6, width: 72, backgroundColor: ACCENT, marginTop: 90, marginBottom: 20 }} />
      <Text style={{ fontSize: 10, letterSpacing: 2, color: ACCENT, fontWeight: 700 }}>
        SALES & MARKETING ALIGNMENT CHARTER
      </Text>
      <Text style={{ fontSize: 30, fontWeight: 700, lineHeight: 1.2, marginTop: 10, color: INK }}>
        {c.title.trim() || "Untitled charter"}
      </Text>
      <Text style={{ fontSize: 16, color: MUTED, marginTop: 8 }}>{c.organization}</Text>

      <View style={{ flexDirection: "row", alignItems: "center", marginTop: 40, marginBottom: 24 }}>
        <Text
          style={{
            color: "#FFFFFF",
            backgroundColor: TONE[status.tone],
            fontWeight: 700,
            fontSize: 11,
            paddingVertical: 4,
            paddingHorizontal: 10,
            marginRight: 12,
          }}
        >
          {status.label.toUpperCase()}
        </Text>
        <Text style={{ color: MUTED, flex: 1 }}>{status.detail}</Text>
      </View>

      <View style={{ borderTopWidth: 1, borderTopColor: INK }}>
        <Line label="Workshop date">{formatDate(c.workshopDate)}</Line>
        <Line label="Version">{String(c.version)}</Line>
        <Line label="Facilitator">{c.facilitator.name.trim() || "—"}</Line>
        <Line label="Teams">{c.teams.map((t) => t.name).join(", ")}</Line>
        <Line label="Exported">{formatTime(file.exportedAt)}</Line>
        <Line label="Content hash" small>
          {file.signOff.contentHash}
        </Line>
        {c.previousVersionHash ? (
          <Line label={`Replaces version ${c.version - 1}`} small>
            {c.previousVersionHash}
          </Line>
        ) : null}
      </View>
    </View>
  );
}
