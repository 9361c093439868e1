import { G, Polygon, Polyline, Rect, Svg, Text as SvgText, Text, View } from "@react-pdf/renderer";
import type { Charter, Layout } from "../charter/format";
import { formatSla } from "../charter/wording";
import { TEAM_COLOURS } from "../workshop/create";
import { byId } from "../workshop/locate";
import { type Arrow, fitLabel, mapGeometry } from "./journey-geometry";
import { HANDOFF, INK, MUTED, RULE, styles, TINT } from "./styles";

const teamColour = (c: Charter, teamId: string | null) => {
  const index = c.teams.findIndex((t) => t.id === teamId);
  return index < 0 ? RULE : (TEAM_COLOURS[index % TEAM_COLOURS.length] as string);
};

/** The arrow's last straight stretch, which the head points along and the SLA label sits on. */
function lastLeg(a: Arrow) {
  const from = a.via.at(-1) ?? { x: a.x1, y: a.y1 };
  return { x1: from.x, y1: from.y, x2: a.x2, y2: a.y2 };
}

/** Its longest stretch: where a label has the most room. */
function longestLeg(a: Arrow) {
  const points = [{ x: a.x1, y: a.y1 }, ...a.via, { x: a.x2, y: a.y2 }];
  let best = { x1: a.x1, y1: a.y1, x2: a.x2, y2: a.y2 };
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1] as { x: number; y: number };
    const q = points[i] as { x: number; y: number };
    if (Math.hypot(q.x - p.x, q.y - p.y) > Math.hypot(best.x2 - best.x1, best.y2 - best.y1))
      best = { x1: p.x, y1: p.y, x2: q.x, y2: q.y };
  }
  return best;
}

function arrowHead(arrow: Arrow, size: number): string {
  const a = lastLeg(arrow);
  const angle = Math.atan2(a.y2 - a.y1, a.x2 - a.x1);
  const left = angle + Math.PI - 0.4;
  const right = angle + Math.PI + 0.4;
  return [
    [a.x2, a.y2],
    [a.x2 + size * Math.cos(left), a.y2 + size * Math.sin(left)],
    [a.x2 + size * Math.cos(right), a.y2 + size * Math.sin(right)],
  ]
    .map(([x, y]) => `${(x as number).toFixed(2)},${(y as number).toFixed(2)}`)
    .join(" ");
}

/** The journey as vector graphics: stages as boxes topped with the owner's colour, handoffs in orange with their SLA. */
export function JourneyMap({
  charter: c,
  layout,
  width,
  height,
  fontFamily,
}: {
  charter: Charter;
  layout: Layout;
  width: number;
  height: number;
  /** The page's families: an SVG text names its own. */
  fontFamily: string[];
}) {
  const map = mapGeometry(c, layout, width, height - 40);
  const used = Math.max(0, ...map.boxes.map((b) => b.y + b.height)) + 12;
  const transitions = new Map(c.transitions.map((t) => [t.id, t]));
  const fs = map.fontSize;
  return (
    <View>
      {map.asDrawn ? null : (
        <Text style={[styles.muted, { marginBottom: 8 }]}>
          Redrawn in journey order to fit the page; read left to right, then right to left on the next row.
        </Text>
      )}
      <Svg width={width} height={used}>
        {map.arrows.map((a) => {
          const handoff = transitions.get(a.id)?.handoff ?? false;
          const colour = handoff ? HANDOFF : MUTED;
          return (
            <G key={a.id}>
              <Polyline
                points={[{ x: a.x1, y: a.y1 }, ...a.via, { x: a.x2, y: a.y2 }].map((p) => `${p.x},${p.y}`).join(" ")}
                stroke={colour}
                strokeWidth={handoff ? 1.6 : 0.9}
                fill="none"
              />
              <Polygon points={arrowHead(a, handoff ? 6 : 5)} fill={colour} />
            </G>
          );
        })}
        {map.arrows.map((arrow) => {
          const a = longestLeg(arrow);
          const t = transitions.get(arrow.id);
          if (!t?.handoff || t.sla === null) return null;
          const label = formatSla(t.sla);
          const w = label.length * fs * 0.72 * 0.56 + 8;
          const h = fs * 1.3;
          // A label wider than its arrow would cover the boxes, so it rises above them.
          const room = Math.hypot(a.x2 - a.x1, a.y2 - a.y1);
          const box = map.boxes[0]?.height ?? 0;
          const x = (a.x1 + a.x2) / 2;
          const y = (a.y1 + a.y2) / 2 - (room < w + 8 ? box / 2 + h / 2 + 3 : 0);
          return (
            <G key={`${arrow.id}-sla`}>
              <Rect
                x={x - w / 2}
                y={y - h / 2}
                width={w}
                height={h}
                fill="#FFFFFF"
                stroke={HANDOFF}
                strokeWidth={0.5}
                rx={2}
              />
              <SvgText
                x={x}
                y={y + fs * 0.25}
                fill={HANDOFF}
                textAnchor="middle"
                style={{ fontFamily, fontSize: fs * 0.72 }}
              >
                {label}
              </SvgText>
            </G>
          );
        })}
        {map.boxes.map((b) => {
          const stage = byId(c.stages, b.id);
          if (!stage) return null;
          const outcome = stage.kind === "outcome";
          const lines = fitLabel(stage.name, b.width, fs);
          const band = Math.max(3, b.height * 0.09);
          const textTop = b.y + band + (b.height - band) / 2 - ((lines.length - 1) * fs * 1.2) / 2 + fs * 0.35;
          return (
            <G key={b.id}>
              <Rect
                x={b.x}
                y={b.y}
                width={b.width}
                height={b.height}
                rx={outcome ? b.height / 2 : 4}
                fill={outcome ? TINT : "#FFFFFF"}
                stroke={INK}
                strokeWidth={outcome ? 0.8 : 1}
                strokeDasharray={outcome ? "3,2" : undefined}
              />
              {outcome ? null : (
                <Rect x={b.x} y={b.y} width={b.width} height={band} fill={teamColour(c, stage.owner.teamId)} />
              )}
              {lines.map((line, i) => (
                <SvgText
                  key={line}
                  x={b.x + b.width / 2}
                  y={textTop + i * fs * 1.2}
                  fill={INK}
                  textAnchor="middle"
                  style={{ fontFamily, fontSize: fs, fontWeight: 700 }}
                >
                  {line}
                </SvgText>
              ))}
            </G>
          );
        })}
      </Svg>
      <Legend charter={c} />
    </View>
  );
}

function Legend({ charter: c }: { charter: Charter }) {
  const swatch = (colour: string) => ({ width: 10, height: 4, backgroundColor: colour, marginRight: 4 });
  return (
    <View style={{ flexDirection: "row", flexWrap: "wrap", marginTop: 10, fontSize: 8, color: MUTED }}>
      {c.teams.map((t, i) => (
        <View key={t.id} style={{ flexDirection: "row", alignItems: "center", marginRight: 14 }}>
          <View style={swatch(TEAM_COLOURS[i % TEAM_COLOURS.length] as string)} />
          <Text>Owned by {t.name}</Text>
        </View>
      ))}
      <View style={{ flexDirection: "row", alignItems: "center", marginRight: 14 }}>
        <View style={swatch(HANDOFF)} />
        <Text>Handoff, with its SLA</Text>
      </View>
      <Text>Rounded dashed boxes are outcomes.</Text>
    </View>
  );
}
