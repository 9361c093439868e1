import { fireEvent, screen, waitFor } from "@testing-library/react";
import { addParticipant } from "../../shared/workshop/participants";
import { aWorkshop, expectOk } from "../builders";
import { storedWorkshop, storeWorkshop } from "../stored";
import { renderApp } from "./render-app";

const SCRIPTY = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const BIDI = "Ana \u202eevil\u202c Souza";
const PLAIN = "Ana Souza";

describe("adversarial text stays inert on screen", () => {
  it("shows HTML as plain text on the home screen and in the workshop", async () => {
    const app = renderApp();
    const base = aWorkshop({ title: SCRIPTY });
    const w = expectOk(
      addParticipant(base, { name: PLAIN, role: SCRIPTY, teamId: base.teams[0]?.id ?? "", signatory: true }),
    ).workshop;
    await storeWorkshop(app.db, w, "2026-11-20T10:00:00Z");

    expect(await screen.findByRole("link", { name: SCRIPTY })).toBeInTheDocument();
    window.location.hash = `#/workshop/${w.id}`;
    expect(await screen.findByLabelText("Workshop title")).toHaveValue(SCRIPTY);
    expect(screen.getByLabelText(`Name of ${PLAIN}`)).toHaveValue(PLAIN);
    expect(document.querySelectorAll("img, script").length).toBe(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    app.unmountAll();
  });

  it("takes a right-to-left override out of a pasted name, and says so", async () => {
    const app = renderApp();
    const base = aWorkshop();
    const w = expectOk(
      addParticipant(base, { name: PLAIN, role: "CMO", teamId: base.teams[0]?.id ?? "", signatory: true }),
    ).workshop;
    await storeWorkshop(app.db, w, "2026-11-20T10:00:00Z");
    window.location.hash = `#/workshop/${w.id}`;
    const name = await screen.findByLabelText(`Name of ${PLAIN}`);
    fireEvent.change(name, { target: { value: BIDI } });
    expect(await screen.findByText(/Took out U\+202E \(right-to-left override\), U\+202C/)).toBeInTheDocument();
    expect(screen.getByLabelText("Name of Ana evil Souza")).toHaveValue("Ana evil Souza");
    await waitFor(async () =>
      expect((await storedWorkshop(app.db, w.id)).participants[0]?.name).toBe("Ana evil Souza"),
    );
    app.unmountAll();
  });
});
