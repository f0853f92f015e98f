import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimtrail", template: "%s · Claimtrail" },
  description: "Claims from the news, their sources, their evidence and their history.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
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
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            Claimtrail records where each claim appears, what it rests on, and every decision about it.
          </div>
        </footer>
      </body>
    </html>
  );
}
