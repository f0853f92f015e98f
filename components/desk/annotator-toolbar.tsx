"use client";

import deskStyles from "@/components/desk/desk.module.css";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { useRef, useState } from "react";
import { ClaimPicker } from "./claim-picker";

/** A selected passage: offsets in UTF-16 code units into the version's body, and its words. */
export type Passage = { start: number; end: number; exact: string };

type Props = { versionId: string; passage: Passage | null; hintId: string; onDone: () => void };

const PREVIEW = 240;

/**
 * What to do with the selected passage: start a new claim from it, or add it to an existing claim.
 * Whatever the server refuses ("already quoted", a newer version) is said here, beside the buttons.
 */
export function AnnotatorToolbar({ versionId, passage, hintId, onDone }: Props) {
  const [picking, setPicking] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const key = passage ? `${passage.start}-${passage.end}` : null;
  const pickerOpen = picking !== null && picking === key;
  // A notice belongs to the last action: a new selection retires it (state adjusted while rendering).
  const [noticeFor, setNoticeFor] = useState(key);
  if (key !== noticeFor) {
    setNoticeFor(key);
    if (key) setNotice(null);
  }

  const href = passage
    ? `/desk/claims/new?version=${encodeURIComponent(versionId)}&start=${passage.start}&end=${passage.end}`
    : null;
  // The toolbar keeps one height whatever is selected: it sits above the text, and a toolbar that
  // grew when a drag began would move the words under the pointer, mid-drag.
  return (
    <section aria-label="Selection">
      <p id={hintId} className={txt.meta}>
        Select a passage to quote it: drag with the mouse, or focus the text and hold Shift with the arrow keys (Ctrl
        for whole words); then press Enter to reach these buttons.
      </p>
      <p className={deskStyles.annotatorSelection}>
        {passage ? (
          <>
            <span className={txt.meta}>Selected ({passage.end - passage.start} characters): </span>
            <q dir="auto">{passage.exact.length > PREVIEW ? `${passage.exact.slice(0, PREVIEW)}…` : passage.exact}</q>
          </>
        ) : (
          <span className={notice ? deskStyles.annotatorNotice : txt.muted}>{notice ?? "Nothing selected."}</span>
        )}
      </p>
      {/* Always present, so assistive technology announces the notice when it appears. */}
      <div role="status" className="visually-hidden">
        {!passage && notice}
      </div>
      <div className={deskStyles.annotatorActions}>
        {href ? (
          <Link className={buttonClass()} href={href}>
            New claim
          </Link>
        ) : (
          <button type="button" className={buttonClass()} disabled>
            New claim
          </button>
        )}
        <button
          ref={addButton}
          type="button"
          className={buttonClass("quiet")}
          disabled={!passage}
          aria-expanded={pickerOpen}
          onClick={() => setPicking(pickerOpen ? null : key)}
        >
          Add to existing claim
        </button>
        <button type="button" className={buttonClass("quiet")} disabled={!passage} onClick={onDone}>
          Clear selection
        </button>
      </div>
      {passage && pickerOpen && (
        <ClaimPicker
          onClose={() => {
            setPicking(null);
            addButton.current?.focus();
          }}
          key={key}
          selection={{ articleVersionId: versionId, start: passage.start, end: passage.end }}
          onAdded={(statement) => {
            setNotice(`Quoted for “${statement}”. The new highlight is in the text.`);
            setPicking(null);
            onDone();
          }}
        />
      )}
    </section>
  );
}
