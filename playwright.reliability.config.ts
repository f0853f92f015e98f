/**
 * The reliability suite's HTTP and browser part (`npm run test:reliability`, scripts/reliability.ts):
 * the end-to-end configuration (server, browser, database) with the specs of e2e/reliability/ only.
 */
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import base, { chromium } from "./playwright.config";
import { readSettings } from "./e2e/settings";

/** The server's log, kept for the access checks, which find each denial in it. */
export const SERVER_LOG = path.join(os.tmpdir(), `claimtrail-reliability-server-${readSettings().port}.log`);

export default defineConfig({
  ...base,
  testDir: "e2e/reliability",
  testIgnore: [],
  projects: [{ name: "chromium", use: chromium }],
  // Each spec sizes its own work; they share one server, so one worker keeps counts stable.
  workers: 1,
  retries: 0,
  timeout: 300_000,
  reporter: [["list"]],
  webServer: base.webServer && {
    ...(Array.isArray(base.webServer) ? base.webServer[0] : base.webServer),
    command: `npm start 2>&1 | tee ${SERVER_LOG}`,
  },
});
