import { join } from "node:path";
import { nodeFonts } from "../../cli/fonts";
import { buildCharter, buildCharterFile } from "../../shared/charter/build";
import { contentHash } from "../../shared/charter/canonical";
import { renderCharterPdf } from "../../shared/pdf/render";
import { fallbacksFor } from "../../shared/pdf/scripts";
import { earlierCharterFile, startNewVersion } from "../../shared/signoff/versions";
import type { Workshop } from "../../shared/workshop/model";
import { expectOk } from "../builders";
import { AT, aSignedWorkshop, INFO } from "./charter-builders";
import { keep, OUT, pagesOf, pdffonts, pdftotext } from "./pdf-tools";
import { aRealisticWorkshop } from "./realistic-workshop";

/** Words from the scripts a multinational room types, and the signs people use. */
const WORLD = {
  japanese: "売上見込みの顧客",
  chinese: "销售线索已确认",
  korean: "영업 기회 확인",
  emoji: "Hot lead 🚀",
  signs: "Score ≥ 80 → SAL ✓, spam ✗",
};

function aWorldWorkshop(): Workshop {
  const w = aRealisticWorkshop();
  return {
    ...w,
    terms: w.terms.map((t, i) =>
      i === 0 ? { ...t, agreed: { ...t.agreed, definition: `${WORLD.japanese}. ${WORLD.signs}. ${WORLD.emoji}` } } : t,
    ),
    participants: w.participants.map((p, i) =>
      i === 0 ? { ...p, name: "田中 花子" } : i === 1 ? { ...p, name: "김민준" } : p,
    ),
    decisions: [
      ...w.decisions,
      { id: "d-zh", kind: "note", text: WORLD.chinese, at: AT, termId: null },
      { id: "d-ko", kind: "note", text: WORLD.korean, at: AT, termId: null },
    ],
  };
}

describe("the charter PDF in every script", { timeout: 120_000 }, () => {
  it("draws Japanese, Chinese, Korean, emoji and signs as text that copies back, with the fonts embedded", async () => {
    const file = expectOk(await buildCharterFile(aWorldWorkshop(), INFO));
    const path = keep("world", await renderCharterPdf(file, nodeFonts));
    const text = pdftotext(path);
    for (const words of Object.values(WORLD)) expect(text).toContain(words);
    expect(text).toContain("田中 花子");
    expect(text).toContain("김민준");
    const fonts = pdffonts(path);
    for (const font of ["NotoSansJP", "NotoSansSC", "NotoSansKR", "NotoEmoji", "NotoSansMath", "NotoSansSymbols2"]) {
      const line = fonts.split("\n").find((l) => l.includes(font));
      expect(line, `${font} in\n${fonts}`).toBeDefined();
      // pdffonts' columns: name type encoding emb sub uni
      expect(line).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    }
  });

  it("reads no CJK or emoji font for a charter written only in Latin letters", async () => {
    const file = expectOk(await buildCharterFile(aRealisticWorkshop(), INFO));
    const fonts = pdffonts(keep("latin", await renderCharterPdf(file, nodeFonts)));
    expect(fonts).toContain("NotoSans-Regular");
    for (const font of ["NotoSansJP", "NotoSansSC", "NotoSansKR", "NotoEmoji"]) expect(fonts).not.toContain(font);
  });
});

/** A page's own lines, without the footer every page carries. */
const bodyOf = (page: string) => {
  const lines = page
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const footer = lines.findIndex((l) => l.startsWith("Acme Revenue Alignment Charter ·"));
  return footer < 0 ? lines : lines.slice(0, footer);
};

/** Version 1 written without a sign Noto Sans lacks, so only the PDF's own arrows call for the maths font. */
const plainSigns = (w: Workshop): Workshop => ({
  ...w,
  kpis: w.kpis.map((k) => ({ ...k, target: k.target?.replace("≥ ", "at least ") ?? null })),
  decisions: w.decisions.map((d) => ({ ...d, text: d.text.replaceAll("→", "to") })),
});

async function versionTwo(): Promise<{ v1: Workshop; v2: Workshop }> {
  const v1 = await aSignedWorkshop(plainSigns(aRealisticWorkshop()));
  const started = expectOk(startNewVersion(v1, contentHash(buildCharter(v1)), AT));
  const v2: Workshop = {
    ...started,
    transitions: started.transitions.map((t) => (t.id === "x-1" ? { ...t, sla: { within: 4, unit: "hours" } } : t)),
    kpis: started.kpis.map((k, i) => (i === 0 ? { ...k, target: "at least 95%" } : k)),
  };
  return { v1, v2 };
}

describe("the charter PDF's pages", { timeout: 120_000 }, () => {
  it("version 2 says what changed since version 1, on a page of its own", async () => {
    const { v2 } = await versionTwo();
    const file = expectOk(await buildCharterFile(v2, INFO));
    const previous = expectOk(await earlierCharterFile(v2, 1, INFO));
    const pages = pagesOf(keep("version-2", await renderCharterPdf(file, nodeFonts, { previous })));
    const changes = pages.find((p) => p.includes("What changed since version 1"));
    expect(changes).toBeDefined();
    const text = (changes as string).replace(/\s+/g, " ");
    expect(text).toContain("SLA for Marketing Qualified Lead → Sales Accepted Lead: 24 business hours → 4 hours");
    expect(text).toContain("KPI MQL acceptance rate: target: at least 90% → at least 95%");
    expect(text).toContain("Transitions");
    // Neither version's own text holds a sign Noto Sans lacks: the page's arrows alone call for the maths font.
    expect(/[→≥≤]/.test(JSON.stringify([file, previous]))).toBe(false);
    expect(pdffonts(join(OUT, "version-2.pdf"))).toContain("NotoSansMath");
  });

  it("version 2 without version 1 at hand says its changes are not listed; version 1 has no such page", async () => {
    const { v1, v2 } = await versionTwo();
    const alone = pagesOf(
      keep("version-2-alone", await renderCharterPdf(expectOk(await buildCharterFile(v2, INFO)), nodeFonts)),
    );
    expect(alone.join(" ").replace(/\s+/g, " ")).toContain("Version 1 was not at hand when this PDF was made");
    const first = pagesOf(
      keep("version-1", await renderCharterPdf(expectOk(await buildCharterFile(v1, INFO)), nodeFonts)),
    );
    expect(first.join(" ")).not.toContain("What changed since");
  });

  it("never ends a page on a section heading, however the sections fall", async () => {
    const w = aRealisticWorkshop();
    const headings = ["Handoff rules", "Shared KPIs", "Feedback loop", "Decisions", "Open items", "Reason codes"];
    const base = w.kpis[0] as Workshop["kpis"][number];
    for (let n = 0; n < 10; n++) {
      const kpis = Array.from({ length: n }, (_, i) => ({ ...base, id: `k-${i}`, name: `KPI ${i}` }));
      const path = keep(
        "headings",
        await renderCharterPdf(expectOk(await buildCharterFile({ ...w, kpis }, INFO)), nodeFonts),
      );
      for (const [i, page] of pagesOf(path).entries()) {
        const last = bodyOf(page).at(-1) ?? "";
        expect(headings, `page ${i + 1} with ${n} KPIs ends on its heading`).not.toContain(last);
      }
    }
  });

  it("the decision log points to the glossary instead of printing an agreed definition again", async () => {
    const w = aRealisticWorkshop();
    const term = w.terms.find((t) => t.status === "agreed" && t.stageId !== null) as Workshop["terms"][number];
    const logged = {
      id: "d-agreed",
      kind: "agreed" as const,
      text: `Agreed ${term.term}: ${term.agreed.definition.trim()}`,
      at: AT,
      termId: term.id,
    };
    const path = keep(
      "decisions",
      await renderCharterPdf(expectOk(await buildCharterFile({ ...w, decisions: [logged] }, INFO)), nodeFonts),
    );
    const text = pagesOf(path).join(" ").replace(/\s+/g, " ");
    expect(text).toContain(`Agreed ${term.term} (the definition is in the glossary)`);
    expect(text).not.toContain(`Agreed ${term.term}: `);
  });

  it("ends with each team's own words beside the wording agreed, stage terms in journey order", async () => {
    const file = expectOk(await buildCharterFile(aRealisticWorkshop(), INFO));
    const pages = pagesOf(keep("their-words", await renderCharterPdf(file, nodeFonts)));
    const start = pages.findIndex((p) => p.includes("Appendix: in each team's words"));
    // After the signatures: the agreement comes first, the story of how the room got there after it.
    expect(start).toBeGreaterThan(pages.findIndex((p) => p.includes("Each signature approves the content")));
    expect(pages.slice(0, start).join(" ")).not.toContain("Marketing's view of");
    const appendix = pages.slice(start).join(" ").replace(/\s+/g, " ");
    const stages = file.charter.stages.map((s) => s.name);
    const at = stages.map((name) => appendix.indexOf(`Marketing's view of ${name}`));
    for (const i of at) expect(i).toBeGreaterThan(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(appendix).toContain(`Sales' view of ${stages[0]}`);
    expect(appendix).toContain("Agreed");
  });
});

describe("which fallback fonts a text needs", () => {
  it("loads each only for its own script, Han by the text's own language first", () => {
    expect(fallbacksFor("Łódź, Ærøskøbing, São Paulo — “quoted” … €5")).toEqual([]);
    expect(fallbacksFor("MQL → SAL, score ≥ 80")).toEqual(["math"]);
    // Dingbats mix signs (✗, in Noto Sans Symbols 2 only) and emoji (✅, in Noto Emoji only): both small fonts come.
    expect(fallbacksFor("spam ✗")).toEqual(["symbols", "emoji"]);
    expect(fallbacksFor("Hot lead 🚀")).toEqual(["emoji"]);
    expect(fallbacksFor("销售线索")).toEqual(["chinese"]);
    expect(fallbacksFor("売上見込みの顧客")).toEqual(["japanese", "chinese"]);
    expect(fallbacksFor("カタカナ")).toEqual(["japanese"]);
    expect(fallbacksFor("영업 기회")).toEqual(["korean"]);
  });
});
