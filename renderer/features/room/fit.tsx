import { type ReactNode, useLayoutEffect, useRef, useState } from "react";

/** Re-runs `measure` whenever the element changes size (a window moved to the projector, a resize). */
function useResized(ref: React.RefObject<HTMLElement | null>, measure: () => void) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, measure]);
}

/**
 * As many whole items as fit the space, then how many more there are: a
 * room screen never scrolls and never shows half a card.
 */
export function FitList({
  items,
  className,
  more,
  label,
}: {
  items: { key: string; node: ReactNode }[];
  className: string;
  more: (hidden: number) => string;
  label?: string;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [shown, setShown] = useState(items.length);
  const [size, setSize] = useState(0);
  const [measure] = useState(() => () => setSize((n) => n + 1));
  useResized(list, measure);
  // A new list, or a new size, starts from everything and takes away what does not fit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `items` and `size` are what make it measure again.
  useLayoutEffect(() => setShown(items.length), [items, size]);
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const limit = element.clientHeight;
    const children = [...element.children] as HTMLElement[];
    const over = children.findIndex((c, i) => i < shown && c.offsetTop + c.offsetHeight > limit + 1);
    if (over >= 0) setShown(over);
  }, [shown]);
  const hidden = items.length - shown;
  return (
    <div className="room-fit">
      <ul className={className} ref={list} aria-label={label}>
        {items.map((item, i) => (
          <li key={item.key} hidden={i >= shown}>
            {item.node}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="room-more">{more(hidden)}</p>}
    </div>
  );
}

/**
 * Long text shown in whole lines only, so no word is ever cut; when it does
 * not all fit, a last line says so.
 */
export function FitText({ children, className }: { children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLParagraphElement>(null);
  const [cut, setCut] = useState(false);
  const [size, setSize] = useState(0);
  const [measure] = useState(() => () => setSize((n) => n + 1));
  useResized(box, measure);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the text and the size are what make it measure again.
  useLayoutEffect(() => {
    const outer = box.current;
    const inner = text.current;
    if (!outer || !inner) return;
    const lineHeight = Number.parseFloat(getComputedStyle(inner).lineHeight) || 32;
    const room = Math.floor(outer.clientHeight / lineHeight);
    inner.style.maxHeight = "none";
    const cut = inner.scrollHeight > room * lineHeight + 1;
    const max = Math.max(1, cut ? room - 1 : room);
    inner.style.maxHeight = `${max * lineHeight}px`;
    setCut(cut);
  }, [children, size]);
  return (
    <div className={`room-fit-text${className ? ` ${className}` : ""}`} ref={box}>
      <p ref={text}>{children}</p>
      {cut && <p className="room-more">… continues</p>}
    </div>
  );
}
