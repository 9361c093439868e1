import { Font } from "@react-pdf/renderer";
import { FONT } from "./styles";

type Layout = (text: string, features?: unknown, script?: unknown, language?: unknown, direction?: unknown) => object;

/** Marks fontkit's layout() as already wrapped: the module may be evaluated more than once (tests, hot reload). */
const WRAPPED = Symbol.for("accord.fontkit.shapingOnce");

/**
 * Renders under way (the shapes are kept while any runs, and dropped when
 * the last ends), and the shapes. Kept with the process, not this module: a
 * second copy of the module must count into the wrapper the first installed.
 */
interface Shaping {
  rendering: number;
  shapes: WeakMap<object, Map<string, object>>;
}
const STATE = Symbol.for("accord.fontkit.shapingOnce.state");
const shared = globalThis as { [STATE]?: Shaping };
shared[STATE] ??= { rendering: 0, shapes: new WeakMap() };
const state = shared[STATE];

/** A run as fontkit returns it, with arrays of its own: textkit and pdfkit adjust positions in place. */
function copyOf(run: object): object {
  const { glyphs, positions } = run as { glyphs: unknown[]; positions: object[] };
  return Object.assign(Object.create(Object.getPrototypeOf(run)), run, {
    glyphs: glyphs.slice(),
    positions: positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p)), p)),
  });
}

function shapeOnce(layout: Layout): Layout {
  return function layoutOnce(this: object, text, features, script, language, direction) {
    if (state.rendering === 0 || typeof text !== "string")
      return layout.call(this, text, features, script, language, direction);
    let known = state.shapes.get(this);
    if (!known) {
      known = new Map();
      state.shapes.set(this, known);
    }
    const key = `${String(direction)}|${String(script)}|${String(language)}|${JSON.stringify(features ?? null)}|${text}`;
    let run = known.get(key);
    if (!run) {
      run = layout.call(this, text, features, script, language, direction);
      known.set(key, run);
    }
    return copyOf(run);
  };
}

/** fontkit's font class, found from the charter's own font (react-pdf loads it from wherever it was registered). */
async function fontClass(): Promise<Record<PropertyKey, unknown> | null> {
  await Font.load({ fontFamily: FONT });
  let proto: unknown = Object.getPrototypeOf((Font.getFont({ fontFamily: FONT }) as { data?: unknown } | null)?.data);
  while (proto && !Object.hasOwn(proto, "layout")) proto = Object.getPrototypeOf(proto);
  return (proto as Record<PropertyKey, unknown> | null) ?? null;
}

/**
 * Runs a render with each distinct run of text shaped once. A charter
 * repeats much of its text (each page's footer, the labels of every stage
 * and term, team names in every table), and react-pdf asks fontkit to shape
 * every occurrence afresh: about half of a 32-page charter's shaping, the
 * largest single cost of its render, was text shaped before in the same
 * render. Shaping depends only on the font, the text and its features, so a
 * shape is reused as is; it lives only as long as the render, so nothing
 * grows between exports.
 */
export async function shapingOnce<T>(render: () => Promise<T>): Promise<T> {
  const proto = await fontClass();
  if (proto && !proto[WRAPPED]) {
    proto.layout = shapeOnce(proto.layout as Layout);
    proto[WRAPPED] = true;
  }
  state.rendering += 1;
  try {
    return await render();
  } finally {
    state.rendering -= 1;
    if (state.rendering === 0) state.shapes = new WeakMap();
  }
}
