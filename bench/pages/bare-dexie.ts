import Dexie, { type Table } from "dexie";
import { createWorkshop } from "../../shared/workshop/create";

// One put of a same-sized document into a one-table database: the floor
// under Accord's edit-to-stored latency.
class BareDatabase extends Dexie {
  docs!: Table<{ id: string; body: unknown }, string>;
  constructor() {
    super("bare-dexie-bench");
    this.version(1).stores({ docs: "id" });
  }
}
const db = new BareDatabase();

declare global {
  interface Window {
    benchPut: (iterations: number, workshop?: unknown, pauseMs?: number) => Promise<number[]>;
  }
}

/**
 * `workshop`: the document to put, the same as Accord's in the same run; a new workshop if none is given.
 * `pauseMs`: the pause between puts, the same as between Accord's edits, so both run at the same pace.
 */
window.benchPut = async (iterations, given, pauseMs = 0) => {
  const workshop = (given ?? createWorkshop({ title: "Bench" })) as ReturnType<typeof createWorkshop>;
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const body = { ...workshop, details: { ...workshop.details, organization: `Acme ${i}` } };
    const t0 = performance.now();
    await db.docs.put({ id: workshop.id, body });
    times.push(performance.now() - t0);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return times;
};
