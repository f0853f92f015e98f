import Link from "next/link";
import { SignOutButton } from "@/components/staff/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";

/**
 * The staff shell: who is signed in, and links to the areas their role has. Not a security
 * boundary: each page and every data-layer call checks the role again.
 */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  // Each staff page sends anonymous visitors to sign-in with its own path to come back to.
  if (!actor) return children;
  const areas = [
    { href: "/desk", label: "Desk", show: can(actor.role, "claim:create") },
    { href: "/review", label: "Review queue", show: can(actor.role, "review:decide") },
    { href: "/admin/users", label: "Users", show: can(actor.role, "user:manage") },
    { href: "/admin/audit", label: "Audit log", show: can(actor.role, "audit:read") },
    { href: "/admin/history", label: "History check", show: can(actor.role, "history:verify") },
  ].filter((a) => a.show);
  return (
    <>
      <header className="site-header staff-header">
        <div className="wrap header-row">
          <Link href="/" className="brand">
            Claimtrail
          </Link>
          <nav aria-label="Staff">
            <ul className="nav-list">
              {areas.map((a) => (
                <li key={a.href}>
                  <Link href={a.href}>{a.label}</Link>
                </li>
              ))}
              <li>
                <Link href="/claims">Public site</Link>
              </li>
            </ul>
          </nav>
          <div className="who">
            <span>
              {actor.name} <span className="role-tag">{actor.role.toLowerCase()}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="wrap">
        {children}
      </main>
    </>
  );
}
