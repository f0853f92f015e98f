/**
 * Expected failures carry a stable code; anything else is a bug, logged and answered generically.
 * A record the caller may not see is NOT_FOUND, never FORBIDDEN, so its existence does not leak.
 */
export const ERROR_STATUS = {
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  GONE: 410,
  CONFLICT: 409,
  STALE: 409,
  ALREADY_DECIDED: 409,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function notFound(what = "That page"): AppError {
  return new AppError("NOT_FOUND", `${what} was not found.`);
}
