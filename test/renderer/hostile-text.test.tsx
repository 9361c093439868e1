import { screen } from "@testing-library/react";
import { addParticipant } from "../../shared/workshop/participants";
import { aWorkshop, expectOk } from "../builders";
import { storeWorkshop } from "../stored";
import { renderApp } from "./render-app";

const SCRIPTY = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const BIDI = "Ana \u202eevil\u202c Souza";

describe("adversarial text stays inert on screen", () => {
  it("shows HTML and bidi-override text as plain text on the home screen and in the workshop", async () => {
    const app = renderApp();
    const base = aWorkshop({ title: SCRIPTY });
    const w = expectOk(
      addParticipant(base, { name: BIDI, role: SCRIPTY, teamId: base.teams[0]?.id ?? "", signatory: true }),
    ).workshop;
    await storeWorkshop(app.db, w, "2026-11-20T10:00:00Z");

    expect(await screen.findByRole("link", { name: SCRIPTY })).toBeInTheDocument();
    window.location.hash = `#/workshop/${w.id}`;
    expect(await screen.findByLabelText("Workshop title")).toHaveValue(SCRIPTY);
    expect(screen.getByLabelText(`Name of ${BIDI}`)).toHaveValue(BIDI);
    expect(document.querySelectorAll("img, script").length).toBe(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    app.unmountAll();
  });
});
