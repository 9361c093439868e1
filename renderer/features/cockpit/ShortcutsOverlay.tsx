import { SHORTCUTS } from "./shortcuts";

export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: clicking outside is a mouse convenience; Esc closes from the keyboard.
    <div className="cockpit-overlay" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="cockpit-dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        <table className="shortcut-table">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <th scope="row">
                  <kbd>{s.keys}</kbd>
                </th>
                <td>{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button
            type="button"
            className="btn"
            onClick={onClose}
            // biome-ignore lint/a11y/noAutofocus: focus goes to the only control so Esc and Enter both close.
            autoFocus
          >
            Close
          </button>
        </p>
      </div>
    </div>
  );
}
