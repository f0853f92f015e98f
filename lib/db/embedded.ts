import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The embedded PostgreSQL used when no DATABASE_URL is given: PGlite (PostgreSQL compiled to
 * WebAssembly) served on a local socket, so the app talks to it through the same `pg` driver as
 * it would to a real server. `dataDir` undefined means in memory (tests).
 */
export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number } = {}) {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm } });
  // More than one connection: with the default of 1, a pg.Pool's extra connections are cut.
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 64 });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  } satisfies EmbeddedDatabase;
}
