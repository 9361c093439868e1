import { useEffect, useState } from "react";

/**
 * A whole number or nothing. What is typed stays on screen as typed; only a
 * whole number in range is stored, and an empty field stores null.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  path,
}: {
  label: string;
  value: number | null;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number | null) => void;
  path?: string;
}) {
  const [text, setText] = useState(value === null ? "" : String(value));
  useEffect(() => {
    setText((typed) =>
      typed.trim() === (value === null ? "" : String(value)) ? typed : value === null ? "" : String(value),
    );
  }, [value]);
  const whole = /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={text}
        data-crm-path={path}
        aria-invalid={text.trim() !== "" && !whole}
        onChange={(e) => {
          const typed = e.target.value;
          setText(typed);
          if (typed.trim() === "") onChange(null);
          else if (/^\d+$/.test(typed.trim()) && Number(typed) >= min && Number(typed) <= max) onChange(Number(typed));
        }}
      />
    </label>
  );
}
