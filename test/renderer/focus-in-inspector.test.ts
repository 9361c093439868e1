import { focusInInspector } from "../../renderer/features/journey/reveal";

/** The journey's panel as it stands: the inspector of `id`, holding one input. */
function showInspectorOf(id: string): HTMLInputElement {
  document.body.innerHTML = `<aside class="journey-inspector"><section class="inspector" data-for="${id}"><div data-field="owner"><input aria-label="Owner of ${id}" /></div></section></aside>`;
  return document.querySelector("input") as HTMLInputElement;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const ownerField = (inspector: HTMLElement) => inspector.querySelector<HTMLElement>('[data-field="owner"] input');

describe("giving the keyboard to a field of the journey's inspector", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("waits while the panel still shows what was selected before, then focuses the field of the one asked for", async () => {
    const before = showInspectorOf("stage-a");
    focusInInspector("stage-b", ownerField);
    await nextFrame();
    await nextFrame();
    expect(document.activeElement).not.toBe(before);
    const field = showInspectorOf("stage-b");
    await nextFrame();
    await nextFrame();
    expect(document.activeElement).toBe(field);
  });

  it("leaves the keyboard where the facilitator went to type meanwhile", async () => {
    showInspectorOf("stage-a");
    focusInInspector("stage-b", ownerField);
    const elsewhere = document.createElement("input");
    elsewhere.setAttribute("aria-label", "A stage's name on the map");
    document.body.append(elsewhere);
    elsewhere.focus();
    const field = showInspectorOf("stage-b");
    document.body.append(elsewhere);
    elsewhere.focus();
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(document.activeElement).toBe(elsewhere);
    expect(document.activeElement).not.toBe(field);
  });

  it("gives up after a while when the panel never shows it, and focuses nothing later", async () => {
    showInspectorOf("stage-a");
    focusInInspector("stage-gone", ownerField);
    for (let i = 0; i < 40; i++) await nextFrame();
    const late = showInspectorOf("stage-gone");
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(document.activeElement).not.toBe(late);
  });
});
