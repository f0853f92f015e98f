import Link from "next/link";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import styles from "./site-shell.module.css";

type NavLink = { href: string; label: string };

export { styles as shellStyles };

/** The header (brand, one navigation, scheme toggle, optional account area) and main landmark. */
/** The public navigation: the public layout's and the 404 page's. */
export const PUBLIC_LINKS = [
  { href: "/claims", label: "Claims" },
  { href: "/how-we-check", label: "How we check" },
  { href: "/signin", label: "Staff sign-in" },
];

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
      <header className={[styles.header, className].filter(Boolean).join(" ")}>
        <div className={`${styles.wrap} ${styles.row}`}>
          <Link href="/" className={styles.brand}>
            Claimtrail
          </Link>
          <nav aria-label={navLabel}>
            <ul className={styles.navList}>
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href}>{l.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className={styles.tools}>
            <ThemeToggle />
            {account}
          </div>
        </div>
      </header>
      <main id="main" className={`${styles.wrap} ${styles.main}`}>
        {children}
      </main>
    </>
  );
}
