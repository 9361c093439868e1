import { shortcutGroups } from "../../commands/groups";

/** `?`: every key in the app, the open view's first. */
export function ShortcutsOverlay({ view, onClose }: { view: string; onClose: () => void }) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: clicking outside is a mouse convenience; Esc closes from the keyboard.
    <div className="cockpit-overlay" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="cockpit-dialog shortcuts-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-heading"
      >
        <header className="shortcuts-head">
          <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
          <button
            type="button"
            className="btn"
            onClick={onClose}
            // biome-ignore lint/a11y/noAutofocus: focus goes to the only control so Esc and Enter both close.
            autoFocus
          >
            Close
          </button>
        </header>
        <div className="shortcut-groups">
          {shortcutGroups(view).map(({ group, lines }) => (
            <section key={group} className="shortcut-group" aria-label={group}>
              <h3>{group}</h3>
              <table className="shortcut-table">
                <tbody>
                  {lines.map((line) => (
                    <tr key={line.id}>
                      <th scope="row">
                        <kbd>{line.keys}</kbd>
                      </th>
                      <td>{line.label}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
