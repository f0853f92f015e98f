import { diffWords } from "diff";
import styles from "./reanchoring.module.css";

/**
 * Old and new text side by side, as a word diff (jsdiff's diffWords): removed words marked on the
 * old side, added words on the new side. Text only, never HTML.
 */
export function WordDiff({
  before,
  after,
  lang,
  dir,
}: {
  before: string;
  after: string | null;
  lang: string;
  dir: "ltr" | "rtl";
}) {
  const parts = after === null ? [] : diffWords(before, after);
  return (
    <div className={styles.sides}>
      <figure className={styles.side}>
        <figcaption>Approved quote</figcaption>
        <p lang={lang} dir={dir}>
          {after === null
            ? before
            : parts
                .filter((p) => !p.added)
                .map((p, i) =>
                  p.removed ? (
                    <del key={i} className={styles.removed}>
                      {p.value}
                    </del>
                  ) : (
                    <span key={i}>{p.value}</span>
                  ),
                )}
        </p>
      </figure>
      <figure className={styles.side}>
        <figcaption>In the new version</figcaption>
        {after === null ? (
          <p>No passage close enough was found.</p>
        ) : (
          <p lang={lang} dir={dir}>
            {parts
              .filter((p) => !p.removed)
              .map((p, i) =>
                p.added ? (
                  <ins key={i} className={styles.added}>
                    {p.value}
                  </ins>
                ) : (
                  <span key={i}>{p.value}</span>
                ),
              )}
          </p>
        )}
      </figure>
    </div>
  );
}
