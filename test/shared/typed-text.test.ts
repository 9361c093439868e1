import { call, commit, FROM_FACILITATOR } from "../../shared/contract";
import { withVisibleText } from "../../shared/contract/typed-text";
import {
  describeCharacter,
  hasBrokenText,
  invisibleIn,
  mayBeBrokenOrInvisible,
  withoutInvisible,
} from "../../shared/workshop/text";
import { aWorkshop } from "../builders";
import { checked } from "../stored";

describe("invisible control characters", () => {
  it("are never missed by the one scan that clears a whole, visible text", () => {
    // Every code unit of the BMP, alone and inside text: the quick scan must flag each one the full checks refuse.
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      for (const text of [char, `Marketing ${char} qualified`]) {
        if (hasBrokenText(text) || invisibleIn(text))
          expect(mayBeBrokenOrInvisible(text), `U+${unit.toString(16)}`).toBe(true);
      }
    }
    expect(mayBeBrokenOrInvisible("Sales accepted lead — Łódź, 東京, tab\tand\r\nlines")).toBe(false);
  });

  it("are found where they are, counted in characters as the facilitator sees them", () => {
    expect(invisibleIn("😀 Charter\u202Efdp.exe")).toEqual({ char: "\u202E", at: 10 });
    expect(invisibleIn("Line one\r\nline\ttwo \u200F\u200D")).toBeNull();
    expect(describeCharacter("\u0000")).toBe("U+0000 (null)");
    expect(describeCharacter("\u0085")).toBe("U+0085 (a control character)");
  });

  it("are taken out of what the facilitator types or pastes, and named, instead of refusing the whole paste", () => {
    const w = checked(aWorkshop());
    const typed = withVisibleText(call("updateDetails", { title: "Charter\u202Efdp.exe", facilitator: "Jo\u0000" }));
    expect(typed.removed).toEqual(["\u202E", "\u0000"]);
    const result = commit(w, typed.call, FROM_FACILITATOR);
    expect(result.ok && result.document.details).toMatchObject({ title: "Charterfdp.exe", facilitator: "Jo" });
  });

  it("leave a call that holds none exactly as it was", () => {
    const plain = call("updateDetails", { title: "Acme\r\nQ1" });
    expect(withVisibleText(plain).call).toBe(plain);
    expect(withoutInvisible("a\u2066b\u2069c")).toEqual({ text: "abc", removed: ["\u2066", "\u2069"] });
  });

  it("are refused by the contract when they arrive some other way, with the path", () => {
    const w = checked(aWorkshop());
    const result = commit(w, call("updateDetails", { organization: "Acme\u202E" }), FROM_FACILITATOR);
    expect(result.ok ? "accepted" : result.problems[0]?.message).toMatch(/U\+202E \(right-to-left override\)/);
  });
});
