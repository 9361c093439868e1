import { plainName, typedNameMatches } from "../../shared/signoff/sign";

describe("a typed signature and the signatory's name", () => {
  it("match whatever the case, the accents and the spacing", () => {
    expect(typedNameMatches("Lodz Muller", "Łódź Müller")).toBe(true);
    expect(typedNameMatches("  FREJA  aeroskobing ", "Freja Ærøskøbing")).toBe(true);
    expect(typedNameMatches("Joao Sao Paulo", "João São Paulo")).toBe(true);
    expect(plainName("Straße Đorđe")).toBe("strasse dorde");
  });

  it("do not match another name, a part of it, or nothing", () => {
    expect(typedNameMatches("Bo Berg", "Łódź Müller")).toBe(false);
    expect(typedNameMatches("Łódź", "Łódź Müller")).toBe(false);
    expect(typedNameMatches("", "Łódź Müller")).toBe(false);
  });
});
