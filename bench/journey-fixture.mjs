// The journeys both the app and the bare React Flow page draw: `count`
// stages (200 by default) on a grid 20 wide and twice as many transitions (to
// the next stage, to the stage below, and a few longer jumps), sized and
// spaced as the app's stages.
export const STAGES = 200;
const COLUMNS = 20;

export function journeyFixture(count = STAGES) {
  const TRANSITIONS = 2 * count;
  const stages = Array.from({ length: count }, (_, i) => ({
    id: `stage-${i}`,
    name: `Stage ${i + 1}`,
    position: { x: (i % COLUMNS) * 460, y: Math.floor(i / COLUMNS) * 210 },
  }));
  const transitions = [];
  const add = (from, to) => {
    if (transitions.length < TRANSITIONS)
      transitions.push({ id: `t-${from}-${to}`, from: `stage-${from}`, to: `stage-${to}` });
  };
  for (let i = 0; i + 1 < count; i++) add(i, i + 1);
  for (let i = 0; i + COLUMNS < count; i++) add(i, i + COLUMNS);
  for (let i = 0; transitions.length < TRANSITIONS; i++) add(i, i + COLUMNS + 3);
  return { stages, transitions };
}

/**
 * The largest journey the limits allow (2,000 stages, 10,000 transitions) on
 * a 40-column grid, every stage with its term, one transition in ten to the
 * next stage a handoff: the workshop parts for `seededWorkshop`.
 */
export function largestJourneyOf(workshop) {
  const count = 2000;
  const [marketing, sales] = workshop.teams.map((t) => t.id);
  const stages = Array.from({ length: count }, (_, i) => ({
    id: `s-${i}`,
    name: `Stage ${i + 1}`,
    kind: "stage",
    outcome: null,
    buyerLabel: "",
    owner: { teamId: marketing, role: "" },
    crm: { hubspotLifecycleStage: null, salesforceLeadStatus: null },
    position: { x: (i % 40) * 300, y: Math.floor(i / 40) * 180 },
  }));
  const transitions = [];
  for (let step = 1; transitions.length < 10_000; step++) {
    for (let i = 0; i + step < count && transitions.length < 10_000; i++) {
      const handoff = step === 1 && i % 10 === 0;
      transitions.push({
        id: `x-${i}-${step}`,
        from: `s-${i}`,
        to: `s-${i + step}`,
        handoff,
        trigger: handoff ? "Score over 80" : "",
        owner: { teamId: sales, role: "SDR" },
        sla: handoff ? { within: 24, unit: "hours" } : null,
        onReject: null,
      });
    }
  }
  const terms = stages.map((s, i) => ({
    id: `t-${i}`,
    term: s.name,
    stageId: s.id,
    status: "open",
    teamDefinitions: {},
    teamSignals: {},
    agreed: { definition: "", entryCriteria: [], exitCriteria: [] },
    agreedAt: null,
    consensus: { method: "fist-of-five", votes: [], override: null },
  }));
  return { stages, transitions, terms };
}
