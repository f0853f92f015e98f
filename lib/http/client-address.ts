import { env } from "../env";
import { CLIENT_ADDRESS_HEADER } from "./app-server";

export class UnknownClientAddressError extends Error {
  constructor() {
    super(
      "The client's address is unknown: start Claimtrail with `npm start`, whose HTTP front sets it " +
        "(plain `next start` would let a client choose the address that sign-in limits count).",
    );
  }
}

/**
 * The client's address for per-address limits, as stamped by the HTTP front of `npm start`
 * (lib/http/app-server.ts, which applies TRUSTED_PROXY_HOPS). Without that stamp the address could
 * be chosen by the client, so production refuses (sign-in answers "unavailable"); `npm run dev`
 * runs plain `next dev` and counts X-Forwarded-For's last entry instead.
 */
export function clientAddress(headers: Headers): string {
  const stamped = headers.get(CLIENT_ADDRESS_HEADER);
  if (stamped) return stamped;
  if (env().NODE_ENV === "production") throw new UnknownClientAddressError();
  return headers.get("x-forwarded-for")?.split(",").pop()?.trim() || "unknown";
}
