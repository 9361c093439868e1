import { act, renderHook } from "@testing-library/react";
import { navigate, parseRoute, type Route, routeHash, useRouteTarget } from "../../renderer/app/route";

describe("the route in the URL hash", () => {
  it("keeps reading the URLs made before targets", () => {
    expect(parseRoute("#/")).toEqual({ screen: "home" });
    expect(parseRoute("")).toEqual({ screen: "home" });
    expect(parseRoute("#/workshop/w1")).toEqual({ screen: "workshop", workshopId: "w1", view: null, target: null });
    expect(parseRoute("#/workshop/w1/journey")).toEqual({
      screen: "workshop",
      workshopId: "w1",
      view: "journey",
      target: null,
    });
  });

  it("reads a target after the view", () => {
    expect(parseRoute("#/workshop/w1/agreement/term-lead")).toEqual({
      screen: "workshop",
      workshopId: "w1",
      view: "agreement",
      target: "term-lead",
    });
  });

  it.each<Route>([
    { screen: "home" },
    { screen: "workshop", workshopId: "w1", view: null, target: null },
    { screen: "workshop", workshopId: "w1", view: "journey", target: null },
    { screen: "workshop", workshopId: "w1", view: "journey", target: "s-mql" },
    { screen: "workshop", workshopId: "a/b c", view: "agreement", target: "ünï/cødé #1?x=%" },
    { screen: "workshop", workshopId: "w1", view: "journey", target: "t-1", field: "trigger" },
  ])("builds and parses back the same route: %j", (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it("encodes ids, so a slash or hash in one cannot split the route", () => {
    const hash = routeHash({ screen: "workshop", workshopId: "w/1", view: "definitions", target: "a/b#c" });
    expect(hash).toBe("#/workshop/w%2F1/definitions/a%2Fb%23c");
  });

  it("drops a target that has no view to belong to", () => {
    expect(routeHash({ screen: "workshop", workshopId: "w1", view: null, target: "s-mql" })).toBe("#/workshop/w1");
  });

  it("treats a broken escape as no target, and anything past the target's field as no route", () => {
    expect(parseRoute("#/workshop/w1/journey/%E0%A4%A")).toEqual({
      screen: "workshop",
      workshopId: "w1",
      view: "journey",
      target: null,
    });
    expect(parseRoute("#/workshop/%E0%A4%A/journey")).toEqual({ screen: "home" });
    expect(parseRoute("#/workshop/w1/journey/s1/trigger/extra")).toEqual({ screen: "home" });
    expect(parseRoute("#/workshop/w1/journey/s1/Trigger%20")).toEqual({ screen: "home" });
  });
});

describe("useRouteTarget", () => {
  afterEach(() => {
    window.location.hash = "#/";
  });

  it("gives a new target on each arrival, even at the same target again, and none without one", async () => {
    const hashChanged = () => new Promise((resolve) => window.addEventListener("hashchange", resolve, { once: true }));
    const { result } = renderHook(() => useRouteTarget());
    expect(result.current).toBeNull();

    const to = (target: string | null) => navigate({ screen: "workshop", workshopId: "w1", view: "journey", target });
    await act(async () => {
      const changed = hashChanged();
      to("s-mql");
      await changed;
    });
    const first = result.current;
    expect(first).toEqual({ id: "s-mql", field: null });

    act(() => to("s-mql"));
    expect(window.location.hash).toBe("#/workshop/w1/journey/s-mql");
    expect(result.current).toEqual({ id: "s-mql", field: null });
    expect(result.current).not.toBe(first);

    await act(async () => {
      const changed = hashChanged();
      to(null);
      await changed;
    });
    expect(result.current).toBeNull();
  });
});
