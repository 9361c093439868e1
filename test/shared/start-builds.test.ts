// Every schema built as a module is imported, named by what its builder makes.
const built: string[] = [];
vi.mock("../../shared/workshop/lazily", async (actual) => {
  const real = (await actual()) as typeof import("../../shared/workshop/lazily");
  return {
    ...real,
    lazily: <T extends object>(build: () => T) =>
      real.lazily(() => {
        built.push(build.toString().slice(0, 100));
        return build();
      }),
  };
});

describe("the app's start", () => {
  it("builds none of the workshop's or the charter file's schemas as what it starts with is imported", async () => {
    // What renderer/main.tsx imports, and all they import in turn: the home screen, storage, the contract.
    await import("../../renderer/App");
    await import("../../renderer/storage/persistence");
    await import("../../renderer/storage/kept-copies");
    await import("../../renderer/storage/db");
    expect(built).toEqual([]);
  });

  it("builds them when they are first used", async () => {
    const { WorkshopSchema } = await import("../../shared/workshop/model");
    WorkshopSchema.safeParse({});
    expect(built.length).toBeGreaterThan(0);
  });
});
