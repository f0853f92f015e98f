/**
 * What the benchmark's generator and runner share: the synthetic staff and their password, and
 * the history key the synthetic histories are tagged with (test data only; never a real secret).
 */
export const BENCH_PASSWORD = "claimtrail-bench-2026";
export const BENCH_HISTORY_KEY = "claimtrail-bench-history-key-synthetic-data-only";

export type BenchUser = { id: string; email: string; name: string; role: "EDITOR" | "REVIEWER" | "ADMIN" };

export function benchStaff(): BenchUser[] {
  const users: BenchUser[] = [{ id: "bu-admin", email: "admin@bench.test", name: "Bench Admin", role: "ADMIN" }];
  for (let i = 0; i < 20; i++) {
    users.push({ id: `bu-editor-${i}`, email: `editor${i}@bench.test`, name: `Bench Editor ${i}`, role: "EDITOR" });
  }
  for (let i = 0; i < 10; i++) {
    users.push({
      id: `bu-reviewer-${i}`,
      email: `reviewer${i}@bench.test`,
      name: `Bench Reviewer ${i}`,
      role: "REVIEWER",
    });
  }
  return users;
}
