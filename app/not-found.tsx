import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no page here. It may never have existed, or it is not public.</p>
      <p>
        <Link href="/claims">Browse all claims</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </>
  );
}
