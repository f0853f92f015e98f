/**
 * The app's own database role (defence in depth, docs/decisions/0003): it reads and writes what
 * the app needs, may only INSERT into the history, and, not owning any table, can neither ALTER
 * the tables nor DISABLE the append-only triggers. Migrations run as the owner.
 */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function appRoleStatements(role: string, database: string): string[] {
  const r = ident(role);
  return [
    `GRANT CONNECT ON DATABASE ${ident(database)} TO ${r}`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `REVOKE CREATE ON SCHEMA public FROM ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    // Tables that later migrations (run by this owner) create get the same rights.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    // The history: append only. Stored content may be deleted by a reviewed redaction, never changed.
    `REVOKE UPDATE, DELETE, TRUNCATE ON "ClaimEvent" FROM ${r}`,
    `REVOKE UPDATE, TRUNCATE ON "ClaimEventContent" FROM ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON "HistoryCheckpoint" FROM ${r}`,
    // It may see which migrations are applied, not record any.
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${r}`,
  ];
}

export function createRoleStatement(role: string, password: string | null): string {
  return `CREATE ROLE ${ident(role)} LOGIN${password ? ` PASSWORD '${password.replace(/'/g, "''")}'` : ""}`;
}
