import { COPIES_HEADER, COPIES_PATH, type KeptCopiesLink, type KeptCopy } from "../../shared/kept-copies";

/** A copy's revision, title and place in the trash, as the server's query. */
function placeOf(copy: KeptCopy): URLSearchParams {
  const query = new URLSearchParams({ revision: String(copy.revision), title: copy.title ?? "" });
  if (copy.deletedAt) query.set("deletedAt", copy.deletedAt);
  return query;
}

async function asked(response: Response): Promise<Response> {
  if (response.ok) return response;
  const said = await response.json().catch(() => null);
  throw new Error((said as { error?: string } | null)?.error ?? `the server answered ${response.status}`);
}

/**
 * In a browser, the kept copies are with the server that served this page
 * (npm start), on the same loopback address. A page served any other way
 * has none.
 */
export function localKeptCopies(location: Location | undefined): KeptCopiesLink | null {
  if (location?.protocol !== "http:") return null;
  const base = `${location.origin}${COPIES_PATH}`;
  const ask = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, { ...init, headers: { [COPIES_HEADER]: "1" }, cache: "no-store" }).then(asked);
  return {
    put: async (copy, text) =>
      void (await ask(`/${encodeURIComponent(copy.id)}?${placeOf(copy)}`, { method: "PUT", body: text })),
    list: async () => (await ask("")).json(),
    read: async (id) => {
      const response = await fetch(`${base}/${encodeURIComponent(id)}`, { headers: { [COPIES_HEADER]: "1" } });
      if (response.status === 404) return null;
      return (await asked(response)).text();
    },
    remove: async (id) => void (await ask(`/${encodeURIComponent(id)}`, { method: "DELETE" })),
  };
}
