import type { ReactNode } from "react";
import type { CharterFile } from "../../../shared/charter/format";
import type { Problem } from "../../../shared/workshop/result";
import { formatWorkshopDate } from "../format";
import { Glossary, Handoffs, OpenItems, Signatures, Stages } from "./CharterSections";
import { ShortHash } from "./ShortHash";
import "./charter-reader.css";

export interface CharterReaderProps {
  file: CharterFile;
  /** False when the file no longer matches its own hash: the reader says so before anything else. */
  intact: boolean;
  mismatch?: Problem | undefined;
  /** Buttons for the reader's context (close, export). */
  actions?: ReactNode;
}

/** A charter file shown read-only, as it was signed: nothing here can change it. */
export function CharterReader({ file, intact, mismatch, actions }: CharterReaderProps) {
  const c = file.charter;
  return (
    <article className="charter-reader" aria-label={`Charter ${c.title || "without a title"}, version ${c.version}`}>
      {!intact && (
        <div className="charter-not-intact" role="alert">
          <strong>NOT INTACT</strong>
          <p>
            This charter was changed after it was signed: what it says is not what was signed. Read it, but do not rely
            on it.
          </p>
          {mismatch && (
            <p>
              <code>{mismatch.path}</code> {mismatch.message}
            </p>
          )}
        </div>
      )}
      <header className="charter-reader-header">
        <h2>{c.title || "Untitled charter"}</h2>
        <p>
          {[
            c.organization,
            formatWorkshopDate(c.workshopDate),
            `facilitated by ${c.facilitator.name || "nobody named"}`,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <p>
          <strong>Version {c.version}</strong> ·{" "}
          {file.signOff.status === "signed" && intact ? "signed by every signatory" : "not signed by everyone"} ·{" "}
          <ShortHash hash={file.signOff.contentHash} />
        </p>
        {actions && <div className="charter-reader-actions">{actions}</div>}
      </header>
      <Stages charter={c} />
      <Handoffs charter={c} />
      <Glossary charter={c} />
      <OpenItems charter={c} />
      <Signatures charter={c} signatures={file.signOff.signatures} />
    </article>
  );
}
