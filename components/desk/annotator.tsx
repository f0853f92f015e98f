"use client";

import deskStyles from "@/components/desk/desk.module.css";
import { articleBodyStyles } from "@/components/highlighted-text";
import { noticeClass } from "@/components/ui/notice";
import { useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { type DomNode, offsetOfPoint, pointAtOffset, trimToWords } from "@/lib/anchoring/dom";
import { SelectByText } from "./annotator-select-by-text";
import { AnnotatorToolbar, type Passage } from "./annotator-toolbar";

type Props = { versionId: string; body: string; lang: string; dir: "ltr" | "rtl"; children: React.ReactNode };

const textOffset = (container: Node, node: Node, offset: number) =>
  offsetOfPoint(container as DomNode, node as DomNode, offset) ?? 0;
const pointAt = (container: Node, offset: number) => pointAtOffset(container as DomNode, offset) as [Node, number];

/**
 * Scrolls a text position to the middle of the window when it is hidden (under the sticky toolbar,
 * or off screen). Measured on the position itself: the element around it may be pages long.
 */
function reveal(node: Node, offset: number, coveredTop: number) {
  const range = document.createRange();
  range.setStart(node, offset);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.top < coveredTop || rect.bottom > window.innerHeight) window.scrollBy(0, rect.top - window.innerHeight / 2);
}

/** The selection as offsets into the body, clamped to the text and without surrounding whitespace. */
function passageOf(container: HTMLElement, range: Range, body: string): Passage | null {
  const whole = document.createRange();
  whole.selectNodeContents(container);
  const start =
    range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0
      ? 0
      : textOffset(container, range.startContainer, range.startOffset);
  const end =
    range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0
      ? body.length
      : textOffset(container, range.endContainer, range.endOffset);
  const words = trimToWords(body, start, end);
  return words ? { ...words, exact: body.slice(words.start, words.end) } : null;
}

// Keys that move the caret in the text. Chromium moves no caret in non-editable text unless caret
// browsing is on, so the annotator moves it, and Shift extends the selection, as in an editor.
const MOVES: Record<string, [direction: string, granularity: string]> = {
  ArrowLeft: ["left", "character"],
  ArrowRight: ["right", "character"],
  ArrowUp: ["backward", "line"],
  ArrowDown: ["forward", "line"],
  Home: ["backward", "lineboundary"],
  End: ["forward", "lineboundary"],
};

/**
 * The article text, selectable with the mouse or the keyboard, and what to do with a selection:
 * quote it for a new claim or for an existing one. Offsets are counted over the rendered text,
 * which is the version's body exactly (AnnotatorText adds no text of its own).
 */
export function Annotator({ versionId, body, lang, dir, children }: Props) {
  const id = useId();
  const textRef = useRef<HTMLDivElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [passage, setPassage] = useState<Passage | null>(null);
  const [mismatch, setMismatch] = useState(false);

  useEffect(() => {
    const container = textRef.current;
    if (!container) return;
    // If the rendered text ever differed from the body, every offset would be wrong: refuse instead.
    if (container.textContent !== body) {
      setMismatch(true);
      return;
    }
    const onSelectionChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      // A selection elsewhere (the picker's search box, the toolbar) keeps the passage chosen here.
      if (!range.intersectsNode(container)) return;
      if (range.collapsed && !container.contains(range.startContainer)) return;
      setPassage(range.collapsed ? null : passageOf(container, range, body));
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [body]);

  const toolbarBottom = () => toolbarRef.current?.getBoundingClientRect().bottom ?? 0;

  function focusToolbar() {
    toolbarRef.current?.querySelector<HTMLElement>("a[href], button:enabled")?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    const container = textRef.current;
    const selection = document.getSelection();
    if (!container || !selection) return;
    if (event.key === "Escape") return selection.removeAllRanges();
    if (event.key === "Enter" && event.target === container && passage) {
      event.preventDefault();
      return focusToolbar();
    }
    const move = MOVES[event.key];
    if (!move || event.metaKey) return;
    if (!selection.focusNode || !container.contains(selection.focusNode)) {
      // Nothing selected here yet: start at the beginning of whatever has focus (the text, or a highlight).
      const [node, offset] = pointAt(event.target as Node, 0);
      selection.collapse(node, offset);
    }
    const [direction, unit] = move;
    const granularity = unit === "character" && (event.ctrlKey || event.altKey) ? "word" : unit;
    selection.modify(event.shiftKey ? "extend" : "move", direction, granularity);
    if (selection.focusNode) reveal(selection.focusNode, selection.focusOffset, toolbarBottom());
    event.preventDefault();
  }

  /** For "Select by text": shows the found passage as the selection, then offers what to do with it. */
  function selectPassage(start: number, end: number) {
    const container = textRef.current;
    if (!container) return;
    const [startNode, startOffset] = pointAt(container, start);
    const [endNode, endOffset] = pointAt(container, end);
    document.getSelection()?.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
    reveal(startNode, startOffset, toolbarBottom());
    flushSync(() => setPassage({ start, end, exact: body.slice(start, end) }));
    focusToolbar();
  }

  function clear() {
    document.getSelection()?.removeAllRanges();
    setPassage(null);
  }

  const hintId = `${id}-hint`;
  return (
    <div className="annotator">
      <div ref={toolbarRef} className={deskStyles.annotatorToolbar}>
        <AnnotatorToolbar versionId={versionId} passage={passage} hintId={hintId} onDone={clear} />
      </div>
      {mismatch ? (
        <p role="alert" className={noticeClass("error")}>
          The text shown differs from the stored text, so selections cannot be quoted. Reload the page.
        </p>
      ) : (
        <SelectByText body={body} onFound={selectPassage} />
      )}
      <div
        ref={textRef}
        className={`${articleBodyStyles.body} ${deskStyles.annotatorText}`}
        tabIndex={0}
        role="region"
        aria-label="Article text"
        aria-describedby={hintId}
        lang={lang}
        dir={dir}
        onKeyDown={onKeyDown}
        onClickCapture={(event) => {
          // A drag that ends on a highlight selects; only a plain click (no selection left) follows the link.
          const selection = document.getSelection();
          if (selection && !selection.isCollapsed && (event.target as Element).closest("a")) event.preventDefault();
        }}
      >
        {children}
      </div>
    </div>
  );
}
