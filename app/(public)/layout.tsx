import Link from "next/link";

/** The public shell: no session is read here, so public pages stay cacheable. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="wrap header-row">
          <Link href="/" className="brand">
            Claimtrail
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <Link href="/claims">Claims</Link>
              </li>
              <li>
                <Link href="/signin">Staff sign-in</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="wrap">
        {children}
      </main>
    </>
  );
}
