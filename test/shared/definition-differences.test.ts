import {
  compareDefinitions,
  type DiffSegment,
  definitionDifferences,
  definitionsDiffer,
  TERM_DIFF_WORDS,
} from "../../shared/glossary/diff";

/** The words of one team's text that carry a given mark, as the room would read them. */
const marked = (segments: DiffSegment[] | undefined, mark: DiffSegment["mark"]) =>
  (segments ?? [])
    .filter((s) => s.mark === mark)
    .map((s) => s.text.trim())
    .filter(Boolean);

const joined = (segments: DiffSegment[] | undefined) => (segments ?? []).map((s) => s.text).join("");

describe("the differences between the teams' definitions of a term", () => {
  const marketing = "Anyone who  fills a form or downloads content.";
  const sales = "A person with budget who fills a form and asked for a demo.";

  it("highlights what each team wrote that the other did not, keeping each text word for word", () => {
    const diff = definitionDifferences({ marketing, sales });
    expect(joined(diff.marketing)).toBe(marketing);
    expect(joined(diff.sales)).toBe(sales);
    expect(marked(diff.marketing, "unique")).toEqual(["Anyone", "or downloads content"]);
    expect(marked(diff.sales, "unique")).toEqual(["A person with budget", "and asked for a demo"]);
    expect(marked(diff.sales, "common")).toEqual(["who fills a form", "."]);
    expect(definitionsDiffer(diff)).toBe(true);
  });

  it("highlights nothing when the teams wrote the same words, whatever the spacing", () => {
    const diff = definitionDifferences({ marketing: "A  demo request", sales: "A demo\nrequest" });
    expect(marked(diff.marketing, "unique")).toEqual([]);
    expect(marked(diff.sales, "unique")).toEqual([]);
    expect(definitionsDiffer(diff)).toBe(false);
  });

  it("compares only written definitions: a team that has not written yet changes nothing", () => {
    const diff = definitionDifferences({ marketing: "Downloads a guide", sales: "   " });
    expect(diff.marketing).toEqual([{ text: "Downloads a guide", mark: "common" }]);
    expect(diff.sales).toEqual([{ text: "   ", mark: "common" }]);
    expect(definitionDifferences({ marketing: "", sales: "" })).toEqual({ marketing: [], sales: [] });
  });

  it("with three teams, tells words only one team uses from words some teams share", () => {
    const diff = definitionDifferences({
      marketing: "Downloads content and fits the profile",
      sales: "Has budget and fits the profile",
      sdr: "Downloads content and replied to an email",
    });
    expect(marked(diff.marketing, "common")).toEqual(["and"]);
    expect(marked(diff.marketing, "partly")).toEqual(["Downloads content", "fits the profile"]);
    expect(marked(diff.sales, "unique")).toEqual(["Has budget"]);
    expect(marked(diff.sdr, "unique")).toEqual(["replied to an email"]);
  });

  it("keeps letters outside the Latin alphabet and emoji in place", () => {
    const diff = definitionDifferences({ marketing: "Łódź lead 🚀 with intent", sales: "Łódź lead with budget" });
    expect(joined(diff.marketing)).toBe("Łódź lead 🚀 with intent");
    expect(marked(diff.marketing, "unique")).toEqual(["🚀", "intent"]);
    expect(marked(diff.sales, "unique")).toEqual(["budget"]);
  });
});

describe("a term too long to compare", () => {
  const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i % 97}`).join(" ");

  it("is shown as written, unmarked, and says it was not compared, instead of freezing the board", () => {
    const perTeam = Math.ceil(TERM_DIFF_WORDS / 3) + 1;
    const long = { a: words(perTeam, "x"), b: words(perTeam, "y"), c: words(perTeam, "z") };
    const comparison = compareDefinitions(long);
    expect(comparison.complete).toBe(false);
    expect(comparison.segments.a).toEqual([{ text: long.a, mark: "common" }]);
  });

  it("a term of ordinary length is compared in full", () => {
    const comparison = compareDefinitions({ a: "fills a form", b: "fills a demo request" });
    expect(comparison.complete).toBe(true);
    expect(comparison.segments.b?.some((s) => s.mark === "unique" && s.text.includes("demo"))).toBe(true);
  });
});
