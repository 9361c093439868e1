// Benchmarks start from a workshop made as a user makes one, then give it a
// large fixture straight in IndexedDB (a fixture, not an edit: the write
// contract is not what these figures measure).

/** Runs in the page: the stored workshop, as it is. */
function readStored(id) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open("accord");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction("documents").objectStore("documents").get(id);
      get.onsuccess = () => resolve(get.result.workshop);
      get.onerror = () => reject(get.error);
    };
  });
}

/** Runs in the page: replaces these parts of the stored workshop. */
function replaceStored({ id, parts }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open("accord");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction("documents", "readwrite");
      const store = tx.objectStore("documents");
      const get = store.get(id);
      get.onsuccess = () => store.put({ ...get.result, workshop: { ...get.result.workshop, ...parts } });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    };
  });
}

/**
 * A new workshop in a page of its own, given `parts(workshop)` in storage
 * (when asked) and opened afresh at `view`, so the app reads the fixture as
 * it would after a restart. A page in `context` shares its storage and
 * channels with the context's other pages.
 */
export async function seededWorkshop(browser, appUrl, { viewport, view, parts = null, context = null }) {
  // In a context given, so that more windows of the same app can open beside it.
  const page = context ? await context.newPage() : await browser.newPage({ viewport });
  await page.goto(appUrl);
  await page.getByRole("button", { name: "New workshop" }).click();
  await page.locator('[data-save-state="saved"]').waitFor();
  const id = decodeURIComponent(new URL(page.url()).hash.split("/")[2] ?? "");
  if (parts) await page.evaluate(replaceStored, { id, parts: parts(await page.evaluate(readStored, id)) });
  await page.goto(`${appUrl}#/workshop/${encodeURIComponent(id)}/${view}`);
  await page.reload();
  return page;
}

/** The workshop open in `page`, as it is stored. */
export async function storedWorkshopOf(page) {
  const id = decodeURIComponent(new URL(page.url()).hash.split("/")[2] ?? "");
  return page.evaluate(readStored, id);
}

/** `count` free terms, each defined by every team in a sentence or two. */
export function termsFor(count, teams) {
  return Array.from({ length: count }, (_, i) =>
    aFreeTerm(
      i,
      Object.fromEntries(
        teams.map((t, k) => [
          t.id,
          `Anyone who downloaded the pricing guide and fits our profile, term ${i}, team ${k}`,
        ]),
      ),
    ),
  );
}

/** A term no stage owns, with these definitions. */
export function aFreeTerm(i, teamDefinitions) {
  return {
    id: `term-${i}`,
    term: `Term ${i + 1}`,
    stageId: null,
    status: "open",
    teamDefinitions,
    teamSignals: {},
    agreed: { definition: "", entryCriteria: [], exitCriteria: [] },
    agreedAt: null,
    consensus: { method: "fist-of-five", votes: [], override: null },
  };
}
