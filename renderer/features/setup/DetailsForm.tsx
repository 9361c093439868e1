import type { Details } from "../../../shared/workshop/model";
import { edit, useWorkshopStore } from "../../store/workshop-store";

const FIELDS: { field: keyof Details; label: string; type: "text" | "date"; placeholder?: string }[] = [
  { field: "title", label: "Workshop title", type: "text", placeholder: "Acme revenue alignment" },
  { field: "organization", label: "Organisation", type: "text", placeholder: "Acme Ltd" },
  { field: "date", label: "Date", type: "date" },
  { field: "facilitator", label: "Facilitator", type: "text", placeholder: "Your name" },
];

/** One field subscribes to one value, so typing re-renders only that input. */
function DetailField({ field, label, type, placeholder }: (typeof FIELDS)[number]) {
  const value = useWorkshopStore((s) => s.workshop?.details[field] ?? "");
  return (
    <label className="field" data-route-target={`details-${field}`}>
      <span>{label}</span>
      <input
        type={type}
        value={value}
        placeholder={placeholder}
        onChange={(e) => edit("updateDetails", { [field]: e.target.value })}
      />
    </label>
  );
}

export function DetailsForm() {
  return (
    <section className="setup-section" aria-labelledby="details-heading">
      <h2 id="details-heading">Workshop</h2>
      <div className="details-grid">
        {FIELDS.map((f) => (
          <DetailField key={f.field} {...f} />
        ))}
      </div>
    </section>
  );
}
