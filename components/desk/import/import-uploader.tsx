"use client";

import { fieldStyles } from "@/components/ui/field-parts";
import { buttonClass } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import styles from "./import.module.css";

/**
 * Uploads each chosen file (or the pasted text) in its own request to /api/desk/import, showing
 * each one's progress and result. XMLHttpRequest, because fetch reports no upload progress.
 */
const MAX_BYTES = 2 * 1024 * 1024;
const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";
const PARALLEL = 3;

type Duplicate =
  | { kind: "article"; id: string; headline: string }
  | { kind: "import"; id: string; headline: string | null; fileName: string | null };
type Outcome =
  | { status: "staged"; importId: string; headline: string | null; paragraphs: number }
  | { status: "duplicate"; of: Duplicate };
type Upload = {
  key: string;
  name: string;
  loaded: number;
  total: number;
  state: "waiting" | "uploading" | "done" | "failed";
  outcome?: Outcome;
  error?: string;
};

function send(body: Blob, name: string | null, onProgress: (loaded: number) => void): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/desk/import");
    if (name) xhr.setRequestHeader("X-File-Name", encodeURIComponent(name));
    xhr.setRequestHeader("Content-Type", body.type || "text/plain");
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => {
      let answer: { error?: { message?: string } } & Partial<Outcome> = {};
      try {
        answer = JSON.parse(xhr.responseText);
      } catch {
        // An answer that is not JSON (a proxy's error page) is reported by status below.
      }
      if (xhr.status >= 200 && xhr.status < 300 && answer.status) resolve(answer as Outcome);
      else if (xhr.status === 413)
        reject(new Error(answer.error?.message ?? "The file is too large; the limit is 2 MB."));
      else reject(new Error(answer.error?.message ?? `The server refused the file (HTTP ${xhr.status}).`));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted; check the connection and try again."));
    xhr.send(body);
  });
}

function Result({ upload }: { upload: Upload }) {
  if (upload.state === "failed") return <p className={styles.failed}>Failed: {upload.error}</p>;
  if (upload.state !== "done" || !upload.outcome) {
    return <p className={txt.meta}>{upload.state === "waiting" ? "Waiting…" : "Uploading…"}</p>;
  }
  const outcome = upload.outcome;
  if (outcome.status === "staged") {
    return (
      <p className={styles.done}>
        Imported, {outcome.paragraphs} {outcome.paragraphs === 1 ? "paragraph" : "paragraphs"}:{" "}
        <Link href={`/desk/import/${outcome.importId}`}>confirm and trim “{outcome.headline ?? upload.name}”</Link>
      </p>
    );
  }
  const of = outcome.of;
  return of.kind === "article" ? (
    <p>
      Duplicate, already imported: <Link href={`/desk/articles/${of.id}`}>{of.headline}</Link>
    </p>
  ) : (
    <p>
      Duplicate of an import waiting to be confirmed:{" "}
      <Link href={`/desk/import/${of.id}`}>{of.headline ?? of.fileName ?? "open it"}</Link>
    </p>
  );
}

export function ImportUploader() {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [pasted, setPasted] = useState("");
  const counter = useRef(0);
  const router = useRouter();

  const update = (key: string, change: Partial<Upload>) =>
    setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  async function run(items: { key: string; body: Blob; name: string | null }[]) {
    const queue = [...items];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const { key, body, name } = item;
        if (body.size > MAX_BYTES) {
          const mb = (body.size / 1024 / 1024).toFixed(1);
          update(key, { state: "failed", error: `“${name}” is too large (${mb} MB); the limit is 2 MB.` });
          continue;
        }
        update(key, { state: "uploading" });
        try {
          const outcome = await send(body, name, (loaded) => update(key, { loaded }));
          update(key, { state: "done", outcome, loaded: body.size });
        } catch (error) {
          update(key, { state: "failed", error: (error as Error).message });
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    // The server-rendered list of imports waiting to be confirmed now has these too.
    router.refresh();
  }

  function start(entries: { body: Blob; name: string | null; label: string }[]) {
    const items = entries.map((e) => ({ ...e, key: `u${++counter.current}` }));
    setUploads((all) => [
      ...items.map((i) => ({
        key: i.key,
        name: i.label,
        loaded: 0,
        total: i.body.size,
        state: "waiting" as const,
      })),
      ...all,
    ]);
    void run(items);
  }

  return (
    <div className={styles.sources}>
      <section aria-labelledby="upload-files">
        <h2 id="upload-files">Upload files</h2>
        <div className={fieldStyles.field}>
          <label htmlFor="import-files">Files (.txt, .md, .html; up to 2 MB each)</label>
          <input
            id="import-files"
            type="file"
            multiple
            accept={ACCEPT}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              if (files.length) start(files.map((f) => ({ body: f, name: f.name, label: f.name })));
              event.target.value = "";
            }}
          />
        </div>
        <p className={txt.meta}>
          Each file uploads on its own as soon as it is chosen; choose several at once if you like.
        </p>
      </section>
      <section aria-labelledby="paste-text" className={styles.paste}>
        <h2 id="paste-text">Paste text</h2>
        <form
          className={fieldStyles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (!pasted.trim()) return;
            const count = uploads.filter((u) => u.name.startsWith("Pasted text")).length + 1;
            start([{ body: new Blob([pasted], { type: "text/plain" }), name: null, label: `Pasted text ${count}` }]);
            setPasted("");
          }}
        >
          <div className={fieldStyles.field}>
            <label htmlFor="import-paste">Article text or HTML</label>
            <textarea id="import-paste" value={pasted} onChange={(e) => setPasted(e.target.value)} />
          </div>
          <button type="submit" className={buttonClass()} disabled={!pasted.trim()}>
            Import pasted text
          </button>
        </form>
      </section>
      {uploads.length > 0 && (
        <section aria-labelledby="upload-results">
          <h2 id="upload-results">This session’s uploads</h2>
          <ul className={styles.uploads}>
            {uploads.map((u) => (
              <li key={u.key} className={styles.upload} aria-label={u.name}>
                <span className={styles.fileName}>{u.name}</span>
                <progress
                  aria-label={`Upload of ${u.name}`}
                  max={Math.max(u.total, 1)}
                  value={u.state === "done" ? Math.max(u.total, 1) : u.loaded}
                />
                <div aria-live="polite">
                  <Result upload={u} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
