"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import txt from "@/components/ui/text.module.css";
import { verifyPublicHistory, type PublicHistoryDocument } from "@/lib/history/reader-verify";

/**
 * Checks this claim's history in the reader's own browser: fetches its history.json and runs the
 * same verifier as `npx claimtrail-verify` (lib/history/reader-verify.ts). Nothing is trusted to
 * the server but the published key.
 */
export function VerifyHistoryButton({ claimId }: { claimId: string }) {
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  async function verify() {
    setBusy(true);
    try {
      const response = await fetch(`/claims/${encodeURIComponent(claimId)}/history.json`);
      if (!response.ok) throw new Error(`The history could not be fetched (HTTP ${response.status}).`);
      setResult(await verifyPublicHistory((await response.json()) as PublicHistoryDocument));
    } catch (error) {
      setResult({ ok: false, lines: [(error as Error).message] });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className={txt.stack}>
      <p>
        <Button variant="secondary" onClick={verify} disabled={busy}>
          Verify this history
        </Button>{" "}
        <a href={`/claims/${claimId}/history.json`}>history.json</a>
      </p>
      <output aria-live="polite" className={txt.meta}>
        {result && (
          <ul>
            {result.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </output>
    </div>
  );
}
