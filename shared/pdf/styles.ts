import { StyleSheet } from "@react-pdf/renderer";

export const FONT = "Noto Sans";

/** Quiet print palette: dark ink, one blue accent, orange for handoffs (as on the journey map), red only for warnings. */
export const INK = "#1F2933";
export const MUTED = "#52606D";
export const RULE = "#D9E2EC";
export const TINT = "#F0F4F8";
export const ACCENT = "#0B5FA5";
export const HANDOFF = "#C2410C";
export const WARNING = "#B91C1C";

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT,
    fontSize: 9.5,
    color: INK,
    paddingTop: 48,
    paddingBottom: 64,
    paddingHorizontal: 52,
  },
  /**
   * Line spacing lives here, not on the page: react-pdf drops the text of a
   * `render` node (the cover footer's PageTotal) under an inherited lineHeight.
   */
  body: { fontSize: 9.5, lineHeight: 1.45 },
  pageTitle: { fontSize: 18, lineHeight: 1.25, fontWeight: 700, marginBottom: 6 },
  pageIntro: { color: MUTED, marginBottom: 16 },
  sectionTitle: {
    fontSize: 13,
    lineHeight: 1.3,
    fontWeight: 700,
    color: ACCENT,
    marginTop: 18,
    marginBottom: 8,
    paddingBottom: 3,
    borderBottomWidth: 1,
    borderBottomColor: RULE,
  },
  entryTitle: { fontSize: 11.5, lineHeight: 1.3, fontWeight: 700, marginBottom: 2 },
  entrySubtitle: { color: MUTED, marginBottom: 6 },
  entry: { marginBottom: 14 },
  fieldRow: { flexDirection: "row", marginBottom: 3 },
  fieldLabel: { width: 92, color: MUTED, fontWeight: 600 },
  fieldValue: { flex: 1 },
  muted: { color: MUTED },
  none: { color: MUTED, fontStyle: "italic" },
  bulletRow: { flexDirection: "row" },
  bullet: { width: 10 },
  footer: {
    position: "absolute",
    bottom: 28,
    left: 52,
    right: 52,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: MUTED,
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    paddingTop: 6,
  },
  table: { borderTopWidth: 1, borderTopColor: RULE },
  tableHead: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderBottomColor: INK,
    paddingVertical: 4,
    fontWeight: 700,
  },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 5 },
  cell: { paddingRight: 8 },
  warning: {
    backgroundColor: "#FEE2E2",
    color: WARNING,
    borderWidth: 1,
    borderColor: WARNING,
    padding: 8,
    marginBottom: 14,
    fontWeight: 700,
  },
});
