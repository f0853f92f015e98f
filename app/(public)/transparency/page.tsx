import txt from "@/components/ui/text.module.css";
import { Table } from "@/components/ui/table";
import type { Metadata } from "next";
import { Timestamp } from "@/components/precise-date";
import { listCheckpoints } from "@/lib/history/queries";
import { publishedKeys } from "@/lib/history/signing-key";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Transparency: signed checkpoints of the claim history" };

/**
 * The public transparency log: every signed checkpoint of the claim history, and how anyone can
 * check that nothing was rewritten since they saved a copy (docs/history-format.md).
 */
export default async function TransparencyPage() {
  const [checkpoints, keys] = await Promise.all([listCheckpoints(50), Promise.resolve(publishedKeys())]);
  return (
    <>
      <h1>Transparency</h1>
      <p className={txt.lede}>
        Every change to a claim is an event in its own hash chain, tagged with a key the database does not hold. After
        every publication and withdrawal, and at least hourly, Claimtrail signs a checkpoint: a Merkle root (RFC 6962)
        over the latest event of every claim&apos;s history, linked to the checkpoint before it.
      </p>
      <p>
        Save <a href="/transparency/checkpoints.json">checkpoints.json</a> today; later, anyone can run{" "}
        <code>npm run history:verify -- --against checkpoints.json</code> against the database to see whether any
        history has since been shortened, changed or removed. The public keys are at{" "}
        <a href="/.well-known/claimtrail-history-keys">/.well-known/claimtrail-history-keys</a>.
      </p>
      <h2>Signing keys</h2>
      <ul>
        {keys.map((k) => (
          <li key={k.keyId}>
            <code>{k.keyId}</code> ({k.algorithm}
            {k.current ? ", current" : ", earlier"}): <code className={txt.breakAnywhere}>{k.publicKey}</code>
          </li>
        ))}
      </ul>
      <h2>Latest checkpoints</h2>
      {checkpoints.length === 0 ? (
        <p className={txt.muted}>
          No checkpoint yet: the first is written at the first publication, or within the hour.
        </p>
      ) : (
        <Table label="Latest checkpoints">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Signed at</th>
              <th scope="col">Histories</th>
              <th scope="col">Root</th>
              <th scope="col">Key</th>
            </tr>
          </thead>
          <tbody>
            {checkpoints.map((c) => (
              <tr key={c.seq}>
                <td>{c.seq}</td>
                <td>
                  <Timestamp at={new Date(c.createdAt)} />
                </td>
                <td>{c.treeSize}</td>
                <td>
                  <code title={c.root}>{c.root.slice(0, 16)}…</code>
                </td>
                <td>
                  <code>{c.keyId}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
