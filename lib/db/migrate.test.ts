import { describe, it, expect } from "vitest";

import { MigrationError, planMigrations, type MigrationFile } from "./migrate";

type AppliedRow = Parameters<typeof planMigrations>[1][number];

const INIT: MigrationFile = { name: "20261123000000_init", sql: "CREATE TABLE a ();", checksum: "sum-init" };
const SEARCH: MigrationFile = { name: "20261201000000_search", sql: "CREATE INDEX s ON a;", checksum: "sum-search" };
const LINKS: MigrationFile = { name: "20261215000000_links", sql: "CREATE TABLE l ();", checksum: "sum-links" };
const FILES = [INIT, SEARCH, LINKS];

const DONE = new Date("2026-12-01T09:00:00Z");

/** A row of `_prisma_migrations` for a migration that applied cleanly. */
function applied(file: MigrationFile, overrides: Partial<AppliedRow> = {}): AppliedRow {
  return { migration_name: file.name, checksum: file.checksum, finished_at: DONE, rolled_back_at: null, ...overrides };
}

describe("planMigrations", () => {
  it("plans every migration, in order, for a fresh database", () => {
    expect(planMigrations(FILES, [])).toEqual([INIT, SEARCH, LINKS]);
  });

  it("plans only the migrations not yet applied", () => {
    expect(planMigrations(FILES, [applied(INIT)])).toEqual([SEARCH, LINKS]);
    expect(planMigrations(FILES, [applied(INIT), applied(SEARCH)])).toEqual([LINKS]);
  });

  it("plans nothing when every migration is applied", () => {
    expect(planMigrations(FILES, [applied(LINKS), applied(INIT), applied(SEARCH)])).toEqual([]);
  });

  it("plans nothing when there are no migrations at all", () => {
    expect(planMigrations([], [])).toEqual([]);
  });

  it("refuses a migration edited after it was applied, naming it", () => {
    const rows = [applied(INIT), applied(SEARCH, { checksum: "sum-of-the-original-file" })];

    expect(() => planMigrations(FILES, rows)).toThrow(MigrationError);
    expect(() => planMigrations(FILES, rows)).toThrow(
      "Migration 20261201000000_search was edited after it was applied (checksum mismatch).",
    );
  });

  it("refuses to go on after a migration that started but did not finish, naming it", () => {
    const rows = [applied(INIT), applied(SEARCH, { finished_at: null })];

    expect(() => planMigrations(FILES, rows)).toThrow(MigrationError);
    expect(() => planMigrations(FILES, rows)).toThrow(
      "Migration 20261201000000_search started but did not finish; fix the database by hand and mark it rolled back.",
    );
  });

  it("refuses a database that has a migration the folder lacks, naming it", () => {
    const gone: MigrationFile = { name: "20261130000000_dropped", sql: "", checksum: "sum-dropped" };
    const rows = [applied(INIT), applied(gone)];

    expect(() => planMigrations(FILES, rows)).toThrow(MigrationError);
    expect(() => planMigrations(FILES, rows)).toThrow(
      "Migration 20261130000000_dropped is applied to the database but missing from prisma/migrations.",
    );
  });

  it("plans a rolled-back migration again", () => {
    const rows = [applied(INIT), applied(SEARCH, { finished_at: null, rolled_back_at: DONE })];

    expect(planMigrations(FILES, rows)).toEqual([SEARCH, LINKS]);
  });

  it("ignores rolled-back rows entirely, whatever their checksum or name", () => {
    const rows = [
      applied(INIT),
      applied(SEARCH, { checksum: "an-old-attempt", rolled_back_at: DONE }),
      { migration_name: "20261130000000_abandoned", checksum: "x", finished_at: null, rolled_back_at: DONE },
    ];

    expect(planMigrations(FILES, rows)).toEqual([SEARCH, LINKS]);
  });

  it("does not plan a migration that was rolled back once and then applied", () => {
    const rows = [
      applied(INIT),
      applied(SEARCH, { checksum: "first-attempt", finished_at: null, rolled_back_at: DONE }),
      applied(SEARCH),
    ];

    expect(planMigrations(FILES, rows)).toEqual([LINKS]);
  });
});
