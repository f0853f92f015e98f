// Worker threads do not inherit tsx's loader (privatenumber/tsx#354): register it, then load the
// TypeScript worker (lib/history/verify-worker.ts).
import { register } from "tsx/esm/api";

register();
await import("./verify-worker.ts");
