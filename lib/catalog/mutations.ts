import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import type { SpeakerKind } from "../enums";

/**
 * Outlets, people and subjects: the small shared records claims and articles point at.
 * Each is found by slug or created, so re-running an import never duplicates them.
 */
export async function ensureOutlet(
  actor: Actor,
  input: { slug: string; name: string; homepage?: string; country?: string; language?: string },
) {
  assertCan(actor, "article:import");
  return db().outlet.upsert({ where: { slug: input.slug }, create: input, update: {} });
}

export async function ensurePerson(
  actor: Actor,
  input: { slug: string; name: string; kind: SpeakerKind; description?: string },
) {
  assertCan(actor, "claim:create");
  return db().person.upsert({ where: { slug: input.slug }, create: input, update: {} });
}

export async function ensureSubject(actor: Actor, input: { slug: string; name: string; description?: string }) {
  assertCan(actor, "claim:create");
  return db().subject.upsert({ where: { slug: input.slug }, create: input, update: {} });
}
