import Link from "next/link";
import staffStyles from "./staff.module.css";
import { SiteShell } from "@/components/site-shell";
import { SignOutButton } from "@/components/staff/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { countOpenCorrectionRequests } from "@/lib/corrections/queries";
import { countProposalsAwaiting } from "@/lib/reviews/awaiting";
import { counted } from "@/lib/text/plural";

/**
 * The staff shell: who is signed in, and links to the areas their role has. Not a security
 * boundary: each page and every data-layer call checks the role again.
 */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  // Each staff page sends anonymous visitors to sign-in with its own path to come back to.
  if (!actor) return children;
  // Two count queries, side by side: the open correction requests, and the pending proposals this
  // reviewer may decide (none of their own).
  const reviews = can(actor.role, "review:decide");
  const [openCorrections, waiting] = await Promise.all([
    countOpenCorrectionRequests(actor),
    reviews ? countProposalsAwaiting(actor) : 0,
  ]);
  const areas = [
    { href: "/desk", label: "Desk", show: can(actor.role, "claim:create") },
    { href: "/desk/claims", label: "Claims", show: can(actor.role, "read:internal") },
    { href: "/desk/import", label: "Import", show: can(actor.role, "article:import") },
    { href: "/desk/reanchoring", label: "Re-anchoring", show: can(actor.role, "claim:edit") },
    { href: "/review", label: "Review queue", show: can(actor.role, "review:decide") },
    {
      href: "/desk/corrections",
      label: openCorrections > 0 ? `Corrections (${openCorrections} open)` : "Corrections",
      show: can(actor.role, "correction:handle"),
    },
    { href: "/admin/users", label: "Users", show: can(actor.role, "user:manage") },
    { href: "/admin/audit", label: "Audit log", show: can(actor.role, "audit:read") },
    { href: "/admin/history", label: "History check", show: can(actor.role, "history:verify") },
  ]
    .filter((a) => a.show)
    .map(({ href, label }) => ({ href, label }));
  return (
    <SiteShell
      navLabel="Staff"
      className="staff-header"
      links={[...areas, { href: "/claims", label: "Public site" }]}
      account={
        <div className={staffStyles.who}>
          {reviews && (
            <Link href="/review" className={staffStyles.waiting}>
              {counted(waiting, "proposal waits", "proposals wait")} for you
            </Link>
          )}
          <span>
            {actor.name} <span className={staffStyles.roleTag}>{actor.role.toLowerCase()}</span>
          </span>
          <SignOutButton />
        </div>
      }
    >
      {children}
    </SiteShell>
  );
}
