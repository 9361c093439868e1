import { Font } from "@react-pdf/renderer";
import { nodeFonts } from "../../cli/fonts";
import { registerCharterFonts } from "../../shared/pdf/fonts";
import { shapingOnce } from "../../shared/pdf/shaping";
import { FONT } from "../../shared/pdf/styles";

interface Run {
  glyphs: { id: number }[];
  positions: { xAdvance: number; yOffset: number }[];
  advanceWidth: number;
}
interface Shaper {
  layout(text: string, features?: unknown, script?: unknown, language?: unknown, direction?: string): Run;
  _layoutEngine: { layout: (...args: unknown[]) => unknown };
}

async function theCharterFont(): Promise<Shaper> {
  registerCharterFonts(nodeFonts);
  await Font.load({ fontFamily: FONT });
  return (Font.getFont({ fontFamily: FONT }) as unknown as { data: Shaper }).data;
}

const shapeOf = (run: Run) => ({ ids: run.glyphs.map((g) => g.id), advances: run.positions.map((p) => p.xAdvance) });

describe("shaping each run of text once per render", () => {
  let font: Shaper;
  let shaped: ReturnType<typeof vi.spyOn>;
  beforeAll(async () => {
    font = await theCharterFont();
    await shapingOnce(async () => undefined);
  });
  beforeEach(() => {
    shaped = vi.spyOn(font._layoutEngine, "layout");
  });
  afterEach(() => shaped.mockRestore());

  it("shapes text repeated within a render once, and hands out the same shape each time", async () => {
    const alone = shapeOf(font.layout("Entry criteria", undefined, undefined, undefined, "ltr"));
    shaped.mockClear();
    const runs = await shapingOnce(async () =>
      [1, 2, 3].map(() => font.layout("Entry criteria", undefined, undefined, undefined, "ltr")),
    );
    expect(shaped).toHaveBeenCalledTimes(1);
    for (const run of runs) expect(shapeOf(run)).toEqual(alone);
    // A run is a GlyphRun still: pdfkit reads its computed width.
    expect(runs[0]?.advanceWidth).toBeGreaterThan(0);
  });

  it("gives each caller its own positions, which textkit adjusts in place", async () => {
    await shapingOnce(async () => {
      const first = font.layout("Exit criteria", undefined, undefined, undefined, "ltr");
      const before = shapeOf(first);
      for (const p of first.positions) p.xAdvance += 100;
      first.glyphs.pop();
      expect(shapeOf(font.layout("Exit criteria", undefined, undefined, undefined, "ltr"))).toEqual(before);
    });
  });

  it("tells apart the same text with other features or direction", async () => {
    await shapingOnce(async () => {
      font.layout("office", undefined, undefined, undefined, "ltr");
      font.layout("office", ["liga"], undefined, undefined, "ltr");
      font.layout("office", undefined, undefined, undefined, "rtl");
    });
    expect(shaped).toHaveBeenCalledTimes(3);
  });

  it("keeps nothing outside a render, or from one render to the next", async () => {
    font.layout("Agreed", undefined, undefined, undefined, "ltr");
    font.layout("Agreed", undefined, undefined, undefined, "ltr");
    expect(shaped).toHaveBeenCalledTimes(2);
    await shapingOnce(async () => font.layout("Agreed", undefined, undefined, undefined, "ltr"));
    await shapingOnce(async () => font.layout("Agreed", undefined, undefined, undefined, "ltr"));
    expect(shaped).toHaveBeenCalledTimes(4);
  });
});
