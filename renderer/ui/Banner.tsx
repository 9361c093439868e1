import type { ReactNode } from "react";
import "./banner.css";

/** A message the room must notice; `alert` is announced at once by screen readers. */
export function Banner({ tone, children }: { tone: "error" | "warning" | "info"; children: ReactNode }) {
  return (
    <div className={`banner banner-${tone}`} role={tone === "info" ? "status" : "alert"}>
      {children}
    </div>
  );
}
