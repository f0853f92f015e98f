import { hash } from "node:crypto";
import type { Sha256 } from "./merkle";

/** node:crypto's SHA-256, for the Merkle trees the server builds (checkpoints, inclusion proofs). */
export const nodeSha256: Sha256 = (...parts) =>
  hash("sha256", parts.length === 1 ? parts[0] : Buffer.concat(parts), "buffer");
