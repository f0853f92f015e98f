/**
 * Finds a Chromium for the end-to-end tests, in this order: CHROMIUM_PATH, the Chromium that
 * Playwright installed itself, Debian's /usr/bin/chromium. When there is none it tries to get one
 * the platform's way (Playwright's installer, then apt-get on Debian as root) and looks again.
 *
 * `tsx scripts/find-browser.ts` prints the path it finds.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const INSTALL_TIMEOUT_MS = 120_000;
const APT_TIMEOUT_MS = 600_000;

const log = (line: string) => console.log(`[find-browser] ${line}`);

function isExecutableFile(file: string | undefined): file is string {
  if (!file) return false;
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where Playwright keeps (or would keep) its own Chromium; undefined if Playwright is not installed. */
async function playwrightChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import("@playwright/test");
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

async function lookForChromium(): Promise<string | undefined> {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    log(`CHROMIUM_PATH is set to ${fromEnv}, but there is no executable file there; looking elsewhere.`);
  }
  const playwright = await playwrightChromium();
  if (isExecutableFile(playwright)) return playwright;
  if (isExecutableFile(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined;
}

function run(command: string, args: string[], timeout: number): boolean {
  log(`Running ${[command, ...args].join(" ")} (time limit ${Math.round(timeout / 1000)} s)…`);
  const result = spawnSync(command, args, { stdio: "inherit", timeout, env: process.env });
  if (result.error) {
    log(`  failed: ${result.error.message}`);
    return false;
  }
  if (result.status !== 0) {
    log(`  failed: exit ${result.status ?? result.signal}`);
    return false;
  }
  return true;
}

function playwrightCli(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve("@playwright/test/cli");
  } catch {
    return undefined;
  }
}

/** Tries to install a Chromium; returns whether an installer said it succeeded. */
function installChromium(): boolean {
  const cli = playwrightCli();
  const viaPlaywright = cli
    ? run(process.execPath, [cli, "install", "chromium"], INSTALL_TIMEOUT_MS)
    : run("npx", ["--no-install", "playwright", "install", "chromium"], INSTALL_TIMEOUT_MS);
  if (viaPlaywright) return true;

  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/etc/debian_version")) {
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const apt = (args: string[]) => {
      log(`Running apt-get ${args.join(" ")}…`);
      const result = spawnSync("apt-get", args, { stdio: "inherit", timeout: APT_TIMEOUT_MS, env: aptEnv });
      return !result.error && result.status === 0;
    };
    // The package lists may be empty on a fresh image: refresh them once if the first try fails.
    if (apt(["install", "-y", "chromium"])) return true;
    if (apt(["update"]) && apt(["install", "-y", "chromium"])) return true;
  }
  return false;
}

export async function findChromium(): Promise<string> {
  const found = await lookForChromium();
  if (found) return found;

  log("No Chromium found; trying to install one.");
  installChromium();
  const installed = await lookForChromium();
  if (installed) return installed;

  throw new Error(
    [
      "No Chromium found for the end-to-end tests. Get one in any of these ways:",
      "  - set CHROMIUM_PATH to a Chromium or Chrome executable,",
      "  - on Debian/Ubuntu: `apt-get install chromium` (gives /usr/bin/chromium),",
      "  - with network access: `npx playwright install chromium`.",
    ].join("\n"),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  findChromium().then(
    (file) => console.log(file),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
