import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** Turns the data layer's NOT_FOUND into Next's 404 page; anything else stays an error. */
export function orNotFound(error: unknown): never {
  if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
  throw error;
}
