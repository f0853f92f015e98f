import type { Metadata } from "next";
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
        {children}
        <footer className="site-footer">
          <div className="wrap">
            Claimtrail records where each claim appears, what it rests on, and every decision about it.
          </div>
        </footer>
      </body>
    </html>
  );
}
