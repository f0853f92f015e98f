/** `npm run db:seed`: loads the sample newsroom into DATABASE_URL (refused in production). */
import { env, requireDatabaseUrl } from "../lib/env";
import { migrate } from "../lib/db/migrate";
import { seedSampleData } from "../prisma/seed";

const config = env();
if (config.NODE_ENV === "production" && config.ALLOW_SEED !== "true") {
  console.error("Refusing to seed demo accounts into a production database. Set ALLOW_SEED=true if you mean it.");
  process.exit(1);
}
await migrate(requireDatabaseUrl(), { log: console.log });
await seedSampleData(console.log);
process.exit(0);
