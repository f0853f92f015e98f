/**
 * The reliability suite's HTTP and browser part (`npm run test:reliability`, scripts/reliability.ts):
 * the end-to-end configuration (server, browser, database) with the specs of e2e/reliability/ only.
 */
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

export default defineConfig({
  ...base,
  testDir: "e2e/reliability",
  testIgnore: [],
  // Each spec sizes its own work; they share one server, so one worker keeps counts stable.
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [["list"]],
});
