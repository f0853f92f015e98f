import staffStyles from "../../staff.module.css";
import txt from "@/components/ui/text.module.css";
import type { Metadata } from "next";
import Link from "next/link";
import { Timestamp } from "@/components/precise-date";
import { requirePermission } from "@/lib/auth/session";
import { listAuditLog } from "@/lib/users/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

const json = (value: unknown) => (value == null ? "—" : JSON.stringify(value));

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
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Whom</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {log.rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Timestamp at={row.createdAt} />
              </td>
              <td>{row.actor ? `${row.actor.name} (${row.actor.email})` : "system"}</td>
              <td>
                <code>{row.action}</code>
              </td>
              <td>{row.targetUser ? `${row.targetUser.name} (${row.targetUser.email})` : "—"}</td>
              <td>
                <code>{json(row.before)}</code>
              </td>
              <td>
                <code>{json(row.after)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
