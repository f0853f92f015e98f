import { afterAll } from "vitest";
import { createTestDatabase } from "./database";

// Runs before each integration test file: the data layer's client (lib/db) then connects to a
// database that this file alone uses.
const database = await createTestDatabase(process.env.DATABASE_URL);
const baseUrl = process.env.DATABASE_URL;
process.env.TEST_BASE_DATABASE_URL = baseUrl ?? "";
process.env.DATABASE_URL = database.url;
// As the app runs on it (scripts/serve.ts): one connection into the embedded database.
if (!baseUrl) process.env.DATABASE_POOL_MAX = "1";

afterAll(async () => {
  const { db } = await import("../lib/db/client");
  await db().$disconnect();
  await database.drop();
});
