import type { ReactNode } from "react";
import "./banner.css";

export type Tone = "error" | "warning" | "info";

/** One sentence about how an action went (a save, an import, a refusal), shown until dismissed. */
export interface Notice {
  tone: "error" | "info";
  text: string;
}

/** A message the room must notice; `alert` is announced at once by screen readers. */
export function Banner({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <div className={`banner banner-${tone}`} role={tone === "info" ? "status" : "alert"}>
      {children}
    </div>
  );
}

/** A notice with its dismiss button; nothing at all when there is none. Line breaks in the text are kept. */
export function NoticeBanner({
  notice,
  onDismiss,
  dismiss = "OK",
}: {
  notice: Notice | null;
  onDismiss: () => void;
  dismiss?: string;
}) {
  if (!notice) return null;
  return (
    <Banner tone={notice.tone}>
      <p className="banner-text">{notice.text}</p>
      <button type="button" className="btn" onClick={onDismiss}>
        {dismiss}
      </button>
    </Banner>
  );
}
