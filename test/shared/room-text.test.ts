import { contentDifferences, isContentWord } from "../../shared/glossary/content-words";
import { definitionDifferences } from "../../shared/glossary/diff";
import { wholeWords } from "../../shared/room/short";

const markedWords = (text: string, other: string) =>
  contentDifferences(definitionDifferences({ a: text, b: other }).a ?? [])
    .filter((s) => s.mark !== "common")
    .map((s) => s.text);

describe("the differences that matter to the room", () => {
  it("marks content words only, not 'a', 'and' or '+'", () => {
    expect(markedWords("a lead and + demo request", "the lead asked for pricing")).toEqual(["demo request"]);
    expect(isContentWord("+")).toBe(false);
    expect(isContentWord("And")).toBe(false);
    expect(isContentWord("budget,")).toBe(true);
  });

  it("keeps a marked phrase whole across its function words, but not a function word at its edge", () => {
    const marketing = "Anyone who fills a form or downloads content.";
    const sales = "A person with budget who fills a form and asked for a demo.";
    expect(markedWords(sales, marketing)).toEqual(["person with budget", "asked for a demo"]);
    expect(markedWords(marketing, sales)).toEqual(["Anyone", "downloads content"]);
  });

  it("does not carry a phrase across a comma or a full stop, and reads a typographic apostrophe as a typed one", () => {
    expect(markedWords("Has a budget, or a champion.", "Has a timeline.")).toEqual(["budget", "champion"]);
    expect(markedWords("Downloads a whitepaper. The score rises", "Asks for a demo")).toEqual([
      "Downloads",
      "whitepaper",
      "score rises",
    ]);
    expect(isContentWord("it’s")).toBe(false);
  });

  it("marks a word whole when only part of it differs", () => {
    expect(markedWords("Marketing's view", "Sales' view")).toEqual(["Marketing's"]);
  });

  it("keeps every character of the text, in order", () => {
    const text = "Score ≥ 80,  and a business email — plus intent";
    const segments = contentDifferences(definitionDifferences({ a: text, b: "Score over 80" }).a ?? []);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});

describe("shortening a text for the room", () => {
  it("cuts at a word boundary and says it was shortened", () => {
    expect(wholeWords("Lead score reaches 80 and the contact has a business email", 30)).toBe(
      "Lead score reaches 80 and the …",
    );
  });

  it("leaves a text that fits as it is, spaces tidied", () => {
    expect(wholeWords("  Qualification  call booked ", 40)).toBe("Qualification call booked");
  });

  it("never makes a fragment of a single long word", () => {
    expect(wholeWords("Supercalifragilistic", 5)).toBe("Supercalifragilistic");
    expect(wholeWords("Supercalifragilistic expialidocious", 5)).toBe("Supercalifragilistic …");
  });
});
