import type { TransparencyLog } from "../lib/history/queries";
import { checkpointBytes } from "../lib/history/format";
import { checkpointSignatureValid } from "../lib/history/keys";
import { merkleRoot, toHex } from "../lib/history/merkle";
import { expect, login, test, waitForHydration } from "./fixtures";

/**
 * The history anyone can check: the transparency page, the checkpoints as JSON with the leaves of
 * the newest, the published keys, and an admin's verification run.
 */
type Log = Pick<TransparencyLog, "keys" | "checkpoints" | "latestLeaves">;

test("the transparency page lists signed checkpoints and says how to check them", async ({ page }) => {
  await page.goto("/transparency");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Transparency");
  await expect(page.getByRole("link", { name: "checkpoints.json" })).toHaveAttribute(
    "href",
    "/transparency/checkpoints.json",
  );
  // The sample data was published claim by claim: each publication left a checkpoint.
  await expect(page.getByRole("table").getByRole("row")).not.toHaveCount(1);
});

test("checkpoints.json carries signed checkpoints a reader can verify with the published key alone", async ({
  request,
}) => {
  const log = (await (await request.get("/transparency/checkpoints.json")).json()) as Log;
  const keys = (await (await request.get("/.well-known/claimtrail-history-keys")).json()) as { keys: Log["keys"] };
  expect(keys.keys.map((k) => k.keyId)).toEqual(log.keys.map((k) => k.keyId));
  expect(log.checkpoints.length).toBeGreaterThan(0);
  const key = new Map(keys.keys.map((k) => [k.keyId, k.publicKey]));
  for (const cp of log.checkpoints) {
    const { hash: _hash, keyId, signature, ...body } = cp;
    expect(checkpointSignatureValid(key.get(keyId)!, checkpointBytes(body), signature), `checkpoint #${cp.seq}`).toBe(
      true,
    );
  }
  // Checkpoints chain: each names the one before it.
  for (let i = 0; i + 1 < log.checkpoints.length; i++)
    expect(log.checkpoints[i].prev).toBe(log.checkpoints[i + 1].hash);
  // The newest one's leaves rebuild its root.
  const latest = log.latestLeaves!;
  const leaves = latest.leaves.map((l) =>
    Buffer.concat([
      Buffer.from(l.claim, "hex"),
      Buffer.from([0, 0, 0, 0].map((_, i) => (l.seq >>> (8 * (3 - i))) & 255)),
      Buffer.from(l.head, "hex"),
    ]),
  );
  expect(toHex(merkleRoot(leaves.map((b) => new Uint8Array(b))))).toBe(
    log.checkpoints.find((c) => c.seq === latest.seq)!.root,
  );
});

test("an admin verifies every history and sees it intact", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, "ADMIN");
  await page.goto("/admin/history");
  // The check runs as a background job of the server; the page follows it until the report. (The
  // fuzz may have run one already on this server: then the button offers to verify again.)
  const start = page.getByRole("button", { name: /^Verify (every claim's history now|again)$/ });
  await waitForHydration(start);
  await start.click();
  await expect(page.getByRole("heading", { level: 2, name: "Every history chain is intact" })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole("main")).toContainText(/signed\s+checkpoints/);
});

test("a reader verifies a claim's history in the browser", async ({ page, db }) => {
  const { rows } = await db.query<{ id: string }>(
    `SELECT c.id FROM "Claim" c JOIN "ClaimQuantity" q ON q."claimId" = c.id WHERE q.value = 1000 AND c.visibility = 'PUBLIC'`,
  );
  await page.goto(`/claims/${rows[0].id}`);
  const button = page.getByRole("button", { name: "Verify this history" });
  await waitForHydration(button);
  await button.click();
  const result = page.getByRole("status");
  await expect(result).toContainText("Verified.");
  await expect(result).toContainText(/Checkpoint #\d+ of .*: signed by key [0-9a-f]{16}\./);
  await expect(result).toContainText(/Included in checkpoint #\d+/);
});
