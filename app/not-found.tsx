import Link from "next/link";
import { PUBLIC_LINKS, SiteShell } from "@/components/site-shell";

/** Any unknown address, in the site's own header and layout. */
export default function NotFound() {
  return (
    <SiteShell navLabel="Main" links={PUBLIC_LINKS}>
      <h1>Not found</h1>
      <p>There is no page here. It may never have existed, or it is not public.</p>
      <p>
        <Link href="/claims">Browse all claims</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </SiteShell>
  );
}
