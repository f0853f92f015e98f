import { PUBLIC_LINKS, SiteShell } from "@/components/site-shell";

/** The public shell: no session is read here, so public pages stay cacheable. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteShell navLabel="Main" links={PUBLIC_LINKS}>
      {children}
    </SiteShell>
  );
}
