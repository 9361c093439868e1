import { readCharterJson } from "../../shared/charter/parse";
import { formatSize, sizesApart, utf8Length } from "../../shared/files/read-json";
import { strictJsonProblem } from "../../shared/files/strict-json";
import { decodeUtf8, firstInvalidByte } from "../../shared/files/utf8";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (text: string) => new TextEncoder().encode(text);
const problem = (json: string) => strictJsonProblem(json, JSON.parse(json));

describe("reading a file's bytes as UTF-8", () => {
  it("names the first byte that begins no character, counted from 0", () => {
    // 11 bytes of ASCII, then Ł and ó at two bytes each, then d.
    const file = new Uint8Array([...utf8('{"title": "Łód'), 0xff, ...utf8('"}')]);
    const read = decodeUtf8(file);
    expect(read.ok ? null : read.problems[0]).toEqual({
      path: "$",
      message: "is not UTF-8 text: the byte 0xFF at byte offset 16 (counted from 0) begins no valid character",
    });
  });

  it.each([
    ["an overlong slash", bytes(0x41, 0xc0, 0xaf), 1],
    ["an overlong three-byte form", bytes(0xe0, 0x80, 0xaf), 0],
    ["an encoded surrogate", bytes(0x61, 0x62, 0xed, 0xa0, 0x80), 2],
    ["a code point past U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["a sequence cut short at the end", bytes(0x61, 0xe2, 0x82), 1],
    ["a lone continuation byte", bytes(0x80), 0],
    ["a lead byte followed by ASCII", bytes(0xc3, 0x41), 0],
  ])("refuses %s", (_what, input, at) => {
    expect(firstInvalidByte(input)).toBe(at);
    expect(decodeUtf8(input).ok).toBe(false);
  });

  it("reads every well-formed sequence, up to U+10FFFF", () => {
    const text = "A é € 😀 \u{10FFFF}";
    expect(decodeUtf8(utf8(text))).toEqual({ ok: true, value: text });
    expect(firstInvalidByte(utf8(text))).toBe(utf8(text).length);
  });
});

describe("what JSON allows but a charter must not hold", () => {
  it("a key written twice, at any depth, named with the object holding it", () => {
    expect(problem('{"a": 1, "a": 2}')).toMatchObject({
      path: "$",
      message: expect.stringContaining('the key "a" twice'),
    });
    expect(problem('{"x": [{"y": {"k": 1, "\\u006b": 2}}]}')?.path).toBe("$.x[0].y");
    expect(problem('{"a": {"k": 1}, "b": {"k": 2}}')).toBeNull();
  });

  it("integers beyond ±(2^53 − 1), and numbers that overflow a double", () => {
    expect(problem('{"n": 9007199254740991}')).toBeNull();
    expect(problem('{"n": -9007199254740991}')).toBeNull();
    expect(problem('{"n": 9007199254740992}')).toEqual({
      path: "$.n",
      message: "is the integer 9007199254740992, beyond ±9007199254740991: readers would each round it differently",
    });
    expect(problem('{"n": [-9007199254740993]}')?.path).toBe("$.n[0]");
    expect(problem('{"n": 1e400}')).toEqual({
      path: "$.n",
      message: "is the number 1e400, too large for any JSON reader to hold",
    });
    expect(problem('{"n": -1e400}')?.path).toBe("$.n");
    // A fraction or an exponent is a double by intent; it is held as one.
    expect(problem('{"n": 9007199254740993.5, "m": 1e300}')).toBeNull();
  });

  it("half of a surrogate pair, in a value or a key", () => {
    expect(problem('{"t": "a\\ud800b"}')?.path).toBe("$.t");
    expect(problem('{"\\udc00": 1}')?.message).toContain("key with a broken character");
    expect(problem('{"t": "\\ud83d\\ude00"}')).toBeNull();
  });
});

describe("reading a charter's JSON", () => {
  it("skips one byte-order mark at the start, and only there", () => {
    expect(readCharterJson(utf8('\uFEFF{"a": 1}'))).toEqual({ ok: true, value: { a: 1 } });
    expect(readCharterJson(utf8('{"a": "\uFEFF"}'))).toEqual({ ok: true, value: { a: "\uFEFF" } });
    expect(readCharterJson(utf8('\uFEFF\uFEFF{"a": 1}')).ok).toBe(false);
  });

  it("refuses a file over the limit in its bytes, not its characters", () => {
    const text = `{"t": "${"é".repeat(600)}"}`;
    expect(readCharterJson(text, 1000).ok).toBe(false);
    expect(readCharterJson(utf8(text), 1000)).toMatchObject({ ok: false, problems: [{ path: "$" }] });
    expect(readCharterJson(utf8(text), 2000).ok).toBe(true);
  });

  it("counts a text's UTF-8 bytes as TextEncoder does, lone surrogates and long runs included", () => {
    const texts = [
      "",
      "plain ASCII",
      "Łódź, Straße, 東京",
      "😀 at the start, 🇯🇵 and 👩🏽‍💻 later",
      "a lone \uD83D high and a lone \uDE00 low surrogate",
      "\uD83D",
      "ends high \uD83D",
      "😀😀😀😀😀😀😀",
      "\uDE00\uD83D reversed, \uD83D\uD83D two highs, é\u0080\u07ff\u0800\uffff at the edges",
      `${"a".repeat(70_000)}é${"b".repeat(70_000)}😀`,
    ];
    for (const text of texts) expect(utf8Length(text), text.slice(0, 40)).toBe(new TextEncoder().encode(text).length);
  });

  it("refuses a file far past the limit with its size in bytes", () => {
    const text = `{"t": "${"東".repeat(2000)}"}`;
    const refused = readCharterJson(text, 5000);
    expect(refused.ok).toBe(false);
    const bytes = new TextEncoder().encode(text).length;
    expect(!refused.ok && refused.problems[0]?.message).toBe(
      `is ${formatSize(bytes)}; the largest file Accord opens is ${formatSize(5000)}`,
    );
  });

  it("says sizes in binary units, with exact bytes when they would read the same", () => {
    expect(sizesApart(3 * 1024, 1024)).toEqual(["3 KiB", "1 KiB"]);
    expect(sizesApart(52_428_801, 52_428_800)).toEqual(["52,428,801 bytes", "52,428,800 bytes (50 MiB)"]);
  });
});

describe("the strict scan, on the text itself", () => {
  it("stops at 65 levels, even under the first copy of a key JSON.parse throws away", () => {
    const deep = `{"x": ${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}, "x": 0}`;
    const read = readCharterJson(deep);
    expect(read.ok ? null : read.problems[0]).toEqual({
      path: `$.x${"[0]".repeat(63)}`,
      message: "is nested more than 64 levels deep, which no Accord file is",
    });
  });

  it("finds a reserved key under a copy JSON.parse throws away, and reports steps in the documented order", () => {
    const hidden = readCharterJson('{"a": {"__proto__": 1}, "a": 2}');
    expect(hidden.ok ? null : hidden.problems).toEqual([
      { path: "$.a.__proto__", message: expect.stringContaining("is a key Accord never writes") },
    ]);
    // A duplicate key (step 7) is named before a number that came earlier in the file (step 8).
    const both = readCharterJson('{"a": 1e400, "b": 1, "b": 2}');
    expect(both.ok ? null : both.problems[0]?.path).toBe("$");
  });
});
