import Link from "next/link";

type NavLink = { href: string; label: string };

/** The header (brand, one navigation, optional account area) and main landmark every page shares. */
export function SiteShell({
  navLabel,
  links,
  account,
  className,
  children,
}: {
  navLabel: string;
  links: NavLink[];
  account?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <header className={["site-header", className].filter(Boolean).join(" ")}>
        <div className="wrap header-row">
          <Link href="/" className="brand">
            Claimtrail
          </Link>
          <nav aria-label={navLabel}>
            <ul className="nav-list">
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href}>{l.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          {account}
        </div>
      </header>
      <main id="main" className="wrap">
        {children}
      </main>
    </>
  );
}
