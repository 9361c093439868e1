import { getNodesBounds, getViewportForBounds, useReactFlow } from "@xyflow/react";
import { toPng, toSvg } from "html-to-image";
import { useCallback, useState } from "react";
import { safeFileStem } from "../../../shared/backup/file-name";
import { journeyToJsonCanvas } from "../../../shared/journey/json-canvas";
import { useServices } from "../../storage/StorageContext";
import { useWorkshopStore } from "../../store/workshop-store";

export type MapFormat = "png" | "svg" | "canvas";

/** Slides are 16:9; the image is as wide as a 1080p slide and as tall as the journey needs. */
const IMAGE_WIDTH = 1920;
const PADDING = 0.06;

const FORMATS: Record<MapFormat, { name: string; extension: string }> = {
  png: { name: "PNG image", extension: "png" },
  svg: { name: "SVG image", extension: "svg" },
  canvas: { name: "JSON Canvas", extension: "canvas" },
};

function dataUrlBytes(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(",") + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function svgText(url: string): string {
  const body = url.slice(url.indexOf(",") + 1);
  return url.slice(0, url.indexOf(",")).endsWith(";base64") ? atob(body) : decodeURIComponent(body);
}

/** Draws the whole journey, fitted, whatever part of it is on screen (React Flow's download-image approach). */
async function drawMap(nodes: ReturnType<ReturnType<typeof useReactFlow>["getNodes"]>, format: "png" | "svg") {
  const viewport = document.querySelector<HTMLElement>(".journey-canvas .react-flow__viewport");
  if (!viewport) throw new Error("the map is not on screen");
  const bounds = getNodesBounds(nodes);
  const height = Math.round(Math.min(IMAGE_WIDTH * 1.5, Math.max(600, (IMAGE_WIDTH * bounds.height) / bounds.width)));
  const { x, y, zoom } = getViewportForBounds(bounds, IMAGE_WIDTH, height, 0.1, 2, PADDING);
  const options = {
    backgroundColor: getComputedStyle(document.body).backgroundColor,
    width: IMAGE_WIDTH,
    height,
    // Handles stay in: every line ends at one, and without them the arrows stop short of their stages.
    style: { width: `${IMAGE_WIDTH}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  };
  const restore = inlineStrokes(viewport);
  try {
    return format === "png" ? dataUrlBytes(await toPng(viewport, options)) : svgText(await toSvg(viewport, options));
  } finally {
    restore();
  }
}

/**
 * The image is drawn away from the page, where the theme's CSS variables and
 * class rules do not reach the SVG lines and arrowheads: write their resolved
 * colours and widths onto them for the capture, then put them back.
 */
function inlineStrokes(viewport: HTMLElement): () => void {
  const shapes = [...viewport.querySelectorAll<SVGElement>(".react-flow__edge-path, .react-flow__arrowhead polyline")];
  const before = shapes.map((el) => el.getAttribute("style"));
  for (const el of shapes) {
    const computed = getComputedStyle(el);
    el.style.stroke = computed.stroke;
    el.style.strokeWidth = computed.strokeWidth;
    el.style.strokeDasharray = computed.strokeDasharray;
    el.style.fill = computed.fill;
  }
  return () =>
    shapes.forEach((el, i) => {
      const style = before[i];
      if (style === null || style === undefined) el.removeAttribute("style");
      else el.setAttribute("style", style);
    });
}

export function useMapExport() {
  const { host } = useServices();
  const flow = useReactFlow();
  const [problem, setProblem] = useState<string | null>(null);
  const exportMap = useCallback(
    async (format: MapFormat) => {
      const w = useWorkshopStore.getState().workshop;
      if (!w) return;
      setProblem(null);
      try {
        const contents =
          format === "canvas"
            ? JSON.stringify(journeyToJsonCanvas(w), null, 2)
            : await drawMap(flow.getNodes(), format);
        const { name, extension } = FORMATS[format];
        await host.saveFile({
          title: `Export the journey as ${name}`,
          suggestedName: `${safeFileStem(w.details.title)} journey.${extension}`,
          filters: [{ name, extensions: [extension] }],
          contents,
        });
      } catch (error) {
        setProblem(`The journey could not be exported: ${error instanceof Error ? error.message : String(error)}.`);
      }
    },
    [flow, host],
  );
  return { exportMap, problem, dismiss: () => setProblem(null) };
}
