import type { Metadata } from "next";
import "@fontsource/source-serif-4/400.css";
import "@fontsource/source-serif-4/600.css";
import "./globals.css";
import { shellStyles } from "@/components/site-shell";

export const metadata: Metadata = {
  title: { default: "Claimtrail", template: "%s · Claimtrail" },
  description: "Claims from the news, their sources, their evidence and their history.",
};

/**
 * Applies the reader's stored scheme before the first paint, so a dark choice never flashes
 * light. Static (the same bytes on every page, so pages stay cacheable and a hash-based CSP can
 * allow it); the key is THEME_KEY in components/ui/theme-toggle.tsx.
 */
const THEME_SCRIPT = `try{var t=localStorage.getItem("claimtrail-theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The inline script may set data-theme before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <a className={shellStyles.skipLink} href="#main">
          Skip to content
        </a>
        {children}
        <footer className={shellStyles.footer}>
          <div className={shellStyles.wrap}>
            Claimtrail records where each claim appears, what it rests on, and every decision about it.
          </div>
        </footer>
      </body>
    </html>
  );
}
