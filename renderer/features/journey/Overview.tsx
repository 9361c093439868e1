import { Panel, type ReactFlowState, useReactFlow, useStore, useStoreApi } from "@xyflow/react";
import {
  memo,
  type PointerEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type WheelEvent,
} from "react";
import { STAGE_HEIGHT, STAGE_WIDTH } from "../../../shared/journey/layout";
import type { Stage, Team } from "../../../shared/workshop/model";
import { useWorkshopStore } from "../../store/workshop-store";
import { isLargeJourney } from "./flow-elements";
import { type Area, mapPointAt, type OverviewFrame, overviewFrame, screenArea, viewInOverview } from "./overview-frame";

const NO_STAGES: never[] = [];
const NO_TEAMS: never[] = [];
const WIDTH = 200;
const HEIGHT = 150;
const NO_TEAM_COLOUR = "#6b7280";

/** True at once, or (for a large journey, whose overview draws every stage) from the frame after the map shows. */
function useShownAfterPaint(atOnce: boolean): boolean {
  const [shown, setShown] = useState(atOnce);
  useEffect(() => {
    if (shown) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown]);
  return shown;
}

function areaOf(stages: readonly Stage[]): Area | null {
  if (stages.length === 0) return null;
  const area = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const s of stages) {
    area.left = Math.min(area.left, s.position.x);
    area.top = Math.min(area.top, s.position.y);
    area.right = Math.max(area.right, s.position.x + STAGE_WIDTH);
    area.bottom = Math.max(area.bottom, s.position.y + STAGE_HEIGHT);
  }
  return area;
}

/** The stages, each in its owner's colour: drawn again only when the stages or teams change, never as the map moves. */
const OverviewStages = memo(function OverviewStages({
  stages,
  teams,
  frame,
}: {
  stages: readonly Stage[];
  teams: readonly Team[];
  frame: OverviewFrame;
}) {
  const colours = new Map(teams.map((t) => [t.id, t.colour]));
  const { area, scale, x, y } = frame;
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`${area.left - x / scale} ${area.top - y / scale} ${WIDTH / scale} ${HEIGHT / scale}`}
      aria-hidden="true"
    >
      {stages.map((s) => (
        <rect
          key={s.id}
          x={s.position.x}
          y={s.position.y}
          width={STAGE_WIDTH}
          height={STAGE_HEIGHT}
          rx={12}
          fill={(s.owner.teamId && colours.get(s.owner.teamId)) || NO_TEAM_COLOUR}
        />
      ))}
    </svg>
  );
});

/**
 * Where the screen is, over the overview: one box, placed by a style written
 * straight onto it as the map pans and zooms. Nothing re-renders, and the
 * stages' drawing stays as it is, so a pan costs the overview next to
 * nothing; React Flow's MiniMap rendered and redrew all of itself (its view
 * box, its mask) on every frame.
 */
function ScreenInOverview({ frame }: { frame: OverviewFrame }) {
  const store = useStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    let drawn = "";
    const draw = (s: ReactFlowState) => {
      const v = viewInOverview(s.transform, s, frame);
      // Kept just outside the overview when the screen is far off the journey, so its shade still covers it.
      const x = Math.min(Math.max(v.x, -v.width - 4), WIDTH + 4);
      const y = Math.min(Math.max(v.y, -v.height - 4), HEIGHT + 4);
      const next = `${x} ${y} ${v.width} ${v.height}`;
      const style = ref.current?.style;
      if (!style || next === drawn) return;
      drawn = next;
      style.transform = `translate(${x}px, ${y}px)`;
      style.width = `${v.width}px`;
      style.height = `${v.height}px`;
    };
    draw(store.getState());
    return store.subscribe(draw);
  }, [store, frame]);
  return <div ref={ref} className="journey-overview-screen" />;
}

/** A wheel step as a factor of the zoom, in proportion to how far the wheel turned, as React Flow's minimap does. */
const zoomFactor = (e: WheelEvent<HTMLDivElement>) =>
  2 ** (-e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002));

function OverviewMap({ stages, area }: { stages: readonly Stage[]; area: Area }) {
  const teams = useWorkshopStore((s) => s.workshop?.teams ?? NO_TEAMS);
  const frame = useMemo(() => overviewFrame(area, WIDTH, HEIGHT), [area]);
  const flow = useReactFlow();
  const pressed = useRef(false);
  const letGo = () => {
    pressed.current = false;
  };
  const centreOn = (e: PointerEvent<HTMLDivElement>) => {
    // From inside the overview's border, where its drawing starts.
    const box = e.currentTarget.getBoundingClientRect();
    const left = box.left + e.currentTarget.clientLeft;
    const top = box.top + e.currentTarget.clientTop;
    const at = mapPointAt(e.clientX - left, e.clientY - top, frame);
    void flow.setCenter(at.x, at.y, { zoom: flow.getZoom() });
  };
  return (
    <Panel position="bottom-right" className="journey-overview">
      <div
        role="img"
        aria-label="Overview of the journey"
        title="Overview of the journey"
        className="journey-overview-map"
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          pressed.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          centreOn(e);
        }}
        onPointerMove={(e) => pressed.current && (e.buttons & 1) === 1 && centreOn(e)}
        onPointerUp={letGo}
        onPointerCancel={letGo}
        onLostPointerCapture={letGo}
        onWheel={(e) => e.deltaY !== 0 && void flow.zoomTo(flow.getZoom() * zoomFactor(e))}
      >
        <OverviewStages stages={stages} teams={teams} frame={frame} />
        <ScreenInOverview frame={frame} />
      </div>
    </Panel>
  );
}

/**
 * The overview, shown only while part of the journey is off screen: when the
 * whole journey is in view it would just cover a stage. A press or a drag on
 * it brings that part of the journey to the middle of the screen; the wheel
 * zooms.
 */
export function Overview() {
  const stages = useWorkshopStore((s) => s.workshop?.stages ?? NO_STAGES);
  const shown = useShownAfterPaint(!isLargeJourney(stages.length));
  const area = useMemo(() => areaOf(stages), [stages]);
  const offScreen = useStore(
    useCallback(
      (s: ReactFlowState) => {
        if (!area) return false;
        const view = screenArea(s.transform, s);
        return area.left < view.left || area.top < view.top || area.right > view.right || area.bottom > view.bottom;
      },
      [area],
    ),
  );
  if (!offScreen || !shown || !area) return null;
  return <OverviewMap stages={stages} area={area} />;
}
