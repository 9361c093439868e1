// The large journey both the app and the bare React Flow page draw: 200
// stages on a 20 × 10 grid and 400 transitions (to the next stage, to the
// stage below, and a few longer jumps), sized and spaced as the app's stages.
export const STAGES = 200;
export const TRANSITIONS = 400;
const COLUMNS = 20;

export function journeyFixture() {
  const stages = Array.from({ length: STAGES }, (_, i) => ({
    id: `stage-${i}`,
    name: `Stage ${i + 1}`,
    position: { x: (i % COLUMNS) * 460, y: Math.floor(i / COLUMNS) * 210 },
  }));
  const transitions = [];
  const add = (from, to) => {
    if (transitions.length < TRANSITIONS)
      transitions.push({ id: `t-${from}-${to}`, from: `stage-${from}`, to: `stage-${to}` });
  };
  for (let i = 0; i + 1 < STAGES; i++) add(i, i + 1);
  for (let i = 0; i + COLUMNS < STAGES; i++) add(i, i + COLUMNS);
  for (let i = 0; transitions.length < TRANSITIONS; i++) add(i, i + COLUMNS + 3);
  return { stages, transitions };
}
