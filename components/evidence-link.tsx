/** An external source with its archived copy: the page may change or vanish, the copy should not. */
export function EvidenceLink({
  url,
  title,
  archivedUrl,
  archivedAt,
}: {
  url: string;
  title: string | null;
  archivedUrl: string | null;
  archivedAt: Date | null;
}) {
  return (
    <p>
      <a href={url} rel="noopener noreferrer nofollow">
        {title ?? url}
      </a>
      {archivedUrl && (
        <>
          {" "}
          (
          <a href={archivedUrl} rel="noopener noreferrer nofollow">
            archived copy
          </a>
          {archivedAt && <> of {archivedAt.toISOString().slice(0, 10)}</>})
        </>
      )}
    </p>
  );
}
