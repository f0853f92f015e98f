import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate here; migrate on machines that can download its engine).
// The app applies migrations itself: see lib/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx scripts/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/claimtrail",
  },
});
