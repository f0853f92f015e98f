// The worker thread's script when history:verify runs from its TypeScript sources (under tsx, as
// the tests run it). Worker threads do not inherit tsx's loader (privatenumber/tsx#354): register
// it, then load the TypeScript worker. `npm run history:verify` runs from a bundle instead
// (scripts/bundled.mjs), where a file of this name is the worker itself, bundled.
import { register } from "tsx/esm/api";

register();
await import("./verify-worker.ts");
