import { createContext, type ReactNode, useContext, useEffect, useLayoutEffect, useRef, useState } from "react";
import { plural } from "../../../shared/workshop/plural";

/** Which part of long texts the facilitator has the room read (RoomCue.page). */
export const RoomPage = createContext(0);

/**
 * Counts the window's resizes (a room window moved to the projector, full
 * screen on or off). Fitting follows the window, not the elements it sizes:
 * watching those would make every fit a reason to fit again.
 */
function useWindowSize(): number {
  const [size, setSize] = useState(0);
  useEffect(() => {
    const onResize = () => setSize((n) => n + 1);
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  return size;
}

/**
 * As many whole items as fit the space, then how many more there are: a
 * room screen never scrolls and never shows half a card. The facilitator's
 * W (RoomPage) shows the next items, and the first again after the last.
 */
export function FitList({
  items,
  className,
  counting,
  label,
}: {
  items: { key: string; node: ReactNode }[];
  className: string;
  /** What the items are, one and many, for "+ 3 more handoffs". */
  counting: readonly [string, string];
  label?: string;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState({ start: 0, end: items.length });
  const size = useWindowSize();
  const page = useContext(RoomPage);
  const lastPage = useRef(page);
  // A new list, a new size or the next part starts from everything after `start` and takes away what does not fit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `items`, `size` and `page` are what make it measure again.
  useLayoutEffect(() => {
    const advanced = page > lastPage.current;
    lastPage.current = page;
    setRange((r) => {
      const start =
        page === 0
          ? 0
          : advanced
            ? r.end < items.length
              ? r.end
              : 0
            : Math.min(r.start, Math.max(0, items.length - 1));
      return start === r.start && r.end === items.length ? r : { start, end: items.length };
    });
  }, [items, size, page]);
  // New items or a new size are measured even when the range stays the same.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `items` and `size` are what make it measure again.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const limit = element.clientHeight;
    const children = [...element.children] as HTMLElement[];
    const over = children.findIndex(
      (c, i) => i >= range.start && i < range.end && c.offsetTop + c.offsetHeight > limit + 1,
    );
    // One item at least, even one taller than the space: an empty list would hide it for good.
    // The same range again must be the same state, or measuring would never settle.
    if (over >= 0)
      setRange((r) => (Math.max(over, r.start + 1) === r.end ? r : { ...r, end: Math.max(over, r.start + 1) }));
  }, [range, items, size]);
  const after = items.length - range.end;
  return (
    <div className="room-fit">
      <ul className={className} ref={list} aria-label={label}>
        {items.map((item, i) => (
          <li key={item.key} hidden={i < range.start || i >= range.end}>
            {item.node}
          </li>
        ))}
      </ul>
      {after > 0 ? (
        <p className="room-more">+ {plural(after, `more ${counting[0]}`, `more ${counting[1]}`)}</p>
      ) : range.start > 0 ? (
        <p className="room-more">The end of the list · {range.start} shown before</p>
      ) : null}
    </div>
  );
}

/**
 * Long text shown in whole lines only, so no word is ever cut; when it does
 * not all fit, it is shown a part at a time (the facilitator moves the room
 * on with W) and a last line says which part this is. It takes the space it
 * needs, up to all there is.
 */
export function FitText({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLParagraphElement>(null);
  const [parts, setParts] = useState<{ shown: number; of: number } | null>(null);
  const size = useWindowSize();
  const page = useContext(RoomPage);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the text and the window's size are what make it measure again.
  useLayoutEffect(() => {
    const outer = box.current;
    const inner = text.current;
    if (!outer || !inner) return;
    // Measured at full stretch: how much room there is, and how much the text needs.
    outer.style.flex = "1 1 0";
    inner.style.maxHeight = "none";
    const lineHeight = Number.parseFloat(getComputedStyle(inner).lineHeight) || 32;
    const room = outer.clientHeight;
    const needs = inner.scrollHeight;
    const over = needs > room + 1;
    outer.style.flex = "0 1 auto";
    if (!over) {
      inner.scrollTop = 0;
      return setParts(null);
    }
    const partHeight = Math.max(1, Math.floor(room / lineHeight) - 1) * lineHeight;
    const of = Math.ceil(needs / partHeight);
    const shown = page % of;
    inner.style.maxHeight = `${partHeight}px`;
    inner.scrollTop = shown * partHeight;
    setParts({ shown, of });
  }, [children, size, page]);
  return (
    <div className="room-fit-text" ref={box}>
      <p ref={text}>{children}</p>
      {parts && (
        <p className="room-more">
          {parts.shown + 1 < parts.of ? "… continues" : "The end"} · part {parts.shown + 1} of {parts.of}
        </p>
      )}
    </div>
  );
}
