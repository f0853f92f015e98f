import { SiteShell } from "@/components/site-shell";

const LINKS = [
  { href: "/claims", label: "Claims" },
  { href: "/signin", label: "Staff sign-in" },
];

/** The public shell: no session is read here, so public pages stay cacheable. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteShell navLabel="Main" links={LINKS}>
      {children}
    </SiteShell>
  );
}
