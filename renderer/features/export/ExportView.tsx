import { signOffStatus } from "../../../shared/signoff/status";
import { earlierVersions } from "../../../shared/signoff/versions";
import type { Workshop } from "../../../shared/workshop/model";
import { useBindCommands } from "../../commands/bind";
import { useWorkshopStore } from "../../store/workshop-store";
import { NoticeBanner } from "../../ui/Banner";
import { useSaveCharterJson } from "../../ui/charter/useSaveCharter";
import { CrmPackCard } from "../crm/CrmPackCard";
// The shell is the composition root; its backup export is the one the menu uses too.
import { useExportBackup } from "../shell/useExportBackup";
import { PdfProgressLine } from "./PdfProgressLine";
import { SealLine } from "./SealLine";
import { usePdfExport } from "./usePdfExport";
import "./export.css";

/** Every export reads the workshop as it is at the moment of the click, not as it was when the view rendered. */
const current = () => useWorkshopStore.getState().workshop as Workshop;

/** Step 7: the charter for people (PDF) and for tools (JSON), earlier versions, and the full backup. */
export function ExportView() {
  const version = useWorkshopStore((s) => s.workshop?.signOff.version ?? 1);
  const locked = useWorkshopStore((s) => (s.workshop ? signOffStatus(s.workshop).locked : false));
  const history = useWorkshopStore((s) => s.workshop?.signOff.history);
  const earlier = history ? earlierVersions({ signOff: { history } } as Workshop) : [];
  const json = useSaveCharterJson();
  const pdf = usePdfExport();
  const backup = useExportBackup();
  const busy =
    pdf.progress.state === "preparing" || pdf.progress.state === "drawing" || pdf.progress.state === "saving";
  const exportJson = () => json.save(current());
  const exportPdf = () => !busy && pdf.exportPdf(current());
  useBindCommands({ "export.pdf": exportPdf, "export.json": exportJson });

  return (
    <div className="export">
      <section className="export-card" aria-labelledby="export-charter-heading">
        <h2 id="export-charter-heading">Charter, version {version}</h2>
        <p className={locked ? "export-status export-signed" : "export-status"}>
          {locked
            ? "Signed by every signatory: the files carry the signatures and the hash they approved."
            : "Not signed by everyone yet: the files will say “draft”."}
        </p>
        <div className="export-actions">
          <button type="button" className="btn btn-primary" onClick={exportJson} aria-keyshortcuts="J">
            Export charter as JSON…
          </button>
          <button type="button" className="btn btn-primary" onClick={exportPdf} disabled={busy} aria-keyshortcuts="P">
            Export charter as PDF…
          </button>
        </div>
        <PdfProgressLine progress={pdf.progress} onDismiss={pdf.dismiss} />
        <NoticeBanner notice={json.outcome} onDismiss={json.dismiss} />
        <SealLine />
      </section>
      {earlier.length > 0 && (
        <section className="export-card" aria-labelledby="export-earlier-heading">
          <h2 id="export-earlier-heading">Earlier versions</h2>
          <ul className="export-earlier">
            {earlier.map((v) => (
              <li key={v.version}>
                <span className="export-version">Version {v.version}</span>
                <button type="button" className="btn" onClick={() => json.save(current(), v.version)}>
                  Version {v.version} as JSON…
                </button>
                <button
                  type="button"
                  className="btn"
                  onClick={() => pdf.exportPdf(current(), v.version)}
                  disabled={busy}
                >
                  Version {v.version} as PDF…
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <CrmPackCard />
      <section className="export-card" aria-labelledby="export-backup-heading">
        <h2 id="export-backup-heading">Workshop backup</h2>
        <p>The whole session — every team’s definitions, votes, the parking lot — to move it to another computer.</p>
        <button type="button" className="btn" onClick={backup.exportBackup}>
          Export backup…
        </button>
        <NoticeBanner notice={backup.outcome} onDismiss={backup.dismiss} />
      </section>
    </div>
  );
}
