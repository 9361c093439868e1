import { z } from "zod";
import { buildWaiting, lazily } from "../../shared/workshop/lazily";
import { WorkshopSchema } from "../../shared/workshop/model";
import { aWorkshop } from "../builders";

describe("a schema built when first read", () => {
  it("is not built until something reads it, then built once", () => {
    const build = vi.fn(() => z.object({ name: z.string().max(3) }));
    const schema = lazily(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.safeParse({ name: "abc" }).success).toBe(true);
    expect(schema.safeParse({ name: "abcd" }).success).toBe(false);
    expect(Object.keys(schema.shape)).toEqual(["name"]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("is what it stands for, to zod too: inside other schemas, and in a JSON Schema", () => {
    const real = z.object({ when: z.iso.date() });
    const standIn = lazily(() => z.object({ when: z.iso.date() }));
    expect(standIn instanceof z.ZodObject).toBe(true);
    const list = z.array(standIn).max(2);
    expect(list.safeParse([{ when: "2026-12-07" }]).success).toBe(true);
    expect(list.safeParse([{ when: "7 December" }]).error?.issues[0]?.path).toEqual([0, "when"]);
    expect(z.toJSONSchema(z.array(standIn))).toEqual(z.toJSONSchema(z.array(real)));
  });

  it("passes writes on, and says plainly what it cannot stand in for", () => {
    const real = { count: 1 };
    const standIn = lazily(() => real);
    standIn.count = 2;
    expect(real.count).toBe(2);
    expect(() => Object.defineProperty(standIn, "count", { value: 3 })).toThrow(/value built on first use/);
    expect(() => Object.freeze(standIn)).toThrow(/value built on first use/);
  });

  it("leaves the workshop's own schema as it was", () => {
    expect(WorkshopSchema.safeParse(aWorkshop()).success).toBe(true);
    expect(WorkshopSchema.safeParse({ ...aWorkshop(), teams: [] }).success).toBe(false);
  });

  it("builds what still waits when asked, as many as there is time for", () => {
    const first = vi.fn(() => ({ a: 1 }));
    const second = vi.fn(() => ({ b: 2 }));
    const a = lazily(first);
    lazily(second);
    expect(a.a).toBe(1);
    buildWaiting(); // and whatever else this file made
    expect(second).toHaveBeenCalledTimes(1);
    const third = vi.fn(() => ({}));
    const fourth = vi.fn(() => ({}));
    lazily(third);
    lazily(fourth);
    let time = 1;
    expect(buildWaiting(() => time-- > 0)).toBe(true);
    expect([third.mock.calls.length, fourth.mock.calls.length]).toEqual([1, 0]);
    expect(buildWaiting()).toBe(false);
    expect([first, second, third, fourth].map((f) => f.mock.calls.length)).toEqual([1, 1, 1, 1]);
  });
});
