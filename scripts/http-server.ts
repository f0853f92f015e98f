/**
 * `npm start`'s server, spawned by scripts/serve.ts: Next.js behind a small Node HTTP front that
 * stamps each request with the client's address from the socket (lib/http/app-server.ts; see
 * docs/decisions/0007-client-address-and-sign-in-limits.md). Run from its bundle (scripts/bundled.mjs
 * --packages=external), not under tsx, with NODE_ENV=production.
 */
import path from "node:path";
import next from "next";
import { createAppServer } from "../lib/http/app-server";
import { appUrl, env } from "../lib/env";

const config = env();
// The bundle runs from node_modules/.cache; scripts/bundled.mjs gives it this file's path as argv[1].
const dir = path.resolve(path.dirname(process.argv[1]), "..");
const app = next({ dev: false, dir, hostname: "localhost", port: config.PORT });
await app.prepare();
const server = createAppServer(app.getRequestHandler(), config.TRUSTED_PROXY_HOPS, {
  https: appUrl().startsWith("https://"),
});
server.listen(config.PORT, () => {
  console.log(`[claimtrail] HTTP front on port ${config.PORT}, trusted proxy hops: ${config.TRUSTED_PROXY_HOPS}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
