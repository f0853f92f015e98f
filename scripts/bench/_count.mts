import { startSqlCounter } from "./sql-counter";
const counter = await startSqlCounter({ host: "127.0.0.1", port: 5432 });
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${counter.port}/claimtrail_bench`;
const { getPublicClaim } = await import("../../lib/claims/queries");
const { getPublicArticle } = await import("../../lib/articles/queries");
for (const id of ["bc1", "bc2", "bc3"]) {
  const before = counter.count();
  const t = performance.now();
  try { const c = await getPublicClaim(id); console.log(id, "statements", counter.count() - before, "ms", Math.round(performance.now() - t), "history", c.history.length, "figures", c.figures.length); } catch (e) { console.log(id, String(e)); }
}
const long = process.argv[2];
if (long) { const before = counter.count(); const t = performance.now(); const c = await getPublicClaim(long); console.log("long", counter.count() - before, Math.round(performance.now() - t), c.history.length); }
const b = counter.count(); const t2 = performance.now(); const a = await getPublicArticle("ba0"); console.log("article ba0 statements", counter.count() - b, "ms", Math.round(performance.now() - t2));
process.exit(0);
