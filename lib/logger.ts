import pino from "pino";
import { env } from "./env";

/** Structured logs to stdout; anything unexpected is logged here and answered generically. */
export const logger = pino({ level: env().NODE_ENV === "test" ? "silent" : "info", base: { app: "claimtrail" } });
