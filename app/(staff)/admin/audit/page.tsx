import staffStyles from "../../staff.module.css";
import { Table } from "@/components/ui/table";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { ChangeList } from "@/components/change-list";
import { Timestamp } from "@/components/precise-date";
import { requirePermission } from "@/lib/auth/session";
import { auditActionLabel, auditChanges } from "@/lib/users/audit-changes";
import { listAuditLog } from "@/lib/users/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("audit:read", "/admin/audit");
  const log = await listAuditLog(actor, Number((await searchParams).page));
  const { page } = log;
  return (
    <>
      <h1>Audit log</h1>
      <p className={txt.meta}>
        Every change to staff accounts: who did it, to whom, what changed, and when. Newest first.
      </p>
      <Table label="Audit log">
        <caption className="visually-hidden">Audit log</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Whom</th>
            <th scope="col">What changed</th>
          </tr>
        </thead>
        <tbody>
          {log.rows.map((row) => {
            const changes = auditChanges(row.before, row.after);
            return (
              <tr key={row.id}>
                <td>
                  <Timestamp at={row.createdAt} />
                </td>
                <td className={staffStyles.person}>
                  {row.actor ? (
                    <>
                      <bdi>{row.actor.name}</bdi> ({row.actor.email})
                    </>
                  ) : (
                    "system"
                  )}
                </td>
                <td>
                  <span title={row.action}>{auditActionLabel(row.action)}</span>
                </td>
                <td className={staffStyles.person}>
                  {row.targetUser ? (
                    <>
                      <bdi>{row.targetUser.name}</bdi> ({row.targetUser.email})
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td>{changes.length > 0 ? <ChangeList changes={changes} claimPath="" /> : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {log.pageCount > 1 && (
        <nav aria-label="Pages" className={staffStyles.pager}>
          {page > 1 && <Link href={`/admin/audit?page=${page - 1}`}>← Newer</Link>}
          <span>
            Page {page} of {log.pageCount}
          </span>
          {page < log.pageCount && <Link href={`/admin/audit?page=${page + 1}`}>Older →</Link>}
        </nav>
      )}
    </>
  );
}
