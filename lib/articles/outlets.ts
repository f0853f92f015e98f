import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "../db/client";
import { slugify } from "../text/slugify";

/** The outlet an editor named: an existing one whatever its letter case, or a new one. */
export async function resolveOutletByName(tx: Tx, name: string | null): Promise<string | null> {
  if (!name) return null;
  const existing = await tx.outlet.findFirst({
    where: { name: { equals: name, mode: "insensitive" } },
    select: { id: true },
  });
  if (existing) return existing.id;
  const base = slugify(name);
  const taken = await tx.outlet.findUnique({ where: { slug: base }, select: { id: true } });
  const slug = taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
  const created = await tx.outlet.upsert({ where: { name }, create: { name, slug }, update: {}, select: { id: true } });
  return created.id;
}
