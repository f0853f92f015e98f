/** `npm run db:reset`: drops everything in DATABASE_URL's public schema, migrates and seeds it again. */
import pg from "pg";
import { migrate } from "../lib/db/migrate";
import { env, requireDatabaseUrl } from "../lib/env";
import { seedSampleData } from "../prisma/seed";

const config = env();
if (config.NODE_ENV === "production") {
  console.error("Refusing to reset a database while NODE_ENV=production.");
  process.exit(1);
}
const url = requireDatabaseUrl();
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
await client.end();
await migrate(url, { log: console.log });
await seedSampleData(console.log);
process.exit(0);
