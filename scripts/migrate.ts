/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { migrate, MigrationError } from "../lib/db/migrate";
import { requireDatabaseUrl } from "../lib/env";

try {
  const applied = await migrate(requireDatabaseUrl(), { log: console.log });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "The database is up to date.");
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exit(1);
}
