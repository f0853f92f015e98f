import { z } from "zod";

// Runs in the browser before any of the app's modules (Next's client instrumentation hook). zod
// compiles object parsers with `new Function` where it may, and its probe for that is an eval the
// Content-Security-Policy refuses and reports (e2e/security-headers.spec.ts). The browser parses a
// few form fields at most, so the interpreted parser costs nothing there.
z.config({ jitless: true });
