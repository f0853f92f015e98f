/**
 * `npm run user:create -- --email ana@example.org --role admin [--name "Ana Admin"] [--password-stdin]`
 *
 * Creates a staff account on DATABASE_URL, for example the first admin of a fresh production
 * database. Prints a one-time set-password link (valid 24 hours), or, with --password-stdin,
 * reads the password from standard input (`echo "$PW" | npm run user:create -- ... --password-stdin`).
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { migrate } from "../lib/db/migrate";
import { requireDatabaseUrl } from "../lib/env";
import { AppError } from "../lib/errors";
import { createUser } from "../lib/users/mutations";

const usage =
  "Usage: npm run user:create -- --email EMAIL --role editor|reviewer|admin [--name NAME] [--password-stdin]";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

try {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
    },
  });
  if (!values.email || !values.role) throw new AppError("VALIDATION", usage);
  await migrate(requireDatabaseUrl());
  const password = values["password-stdin"] ? await readStdin() : undefined;
  const user = await createUser("system", {
    email: values.email,
    name: values.name ?? values.email.split("@")[0],
    role: values.role.toUpperCase() as "EDITOR",
    password,
  });
  console.log(`Created ${user.role.toLowerCase()} ${user.email}.`);
  if (user.setPasswordLink) {
    console.log(`One-time link to set the password (valid 24 hours, works once):\n${user.setPasswordLink}`);
  }
  process.exit(0);
} catch (error) {
  if (error instanceof AppError) console.error(error.message);
  else if (error instanceof z.ZodError) console.error(z.prettifyError(error));
  else if (error instanceof TypeError && "code" in error) console.error(`${error.message}\n${usage}`);
  else console.error(error);
  process.exit(1);
}
