import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { resolveClientAddress } from "./forwarded";

/**
 * The header through which the HTTP front tells the app the client's address. Any value a client
 * sends is replaced, so the app can believe it (lib/http/client-address.ts).
 */
export const CLIENT_ADDRESS_HEADER = "x-claimtrail-client-address";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * Stamps the client's address on the request from the socket (Next 16 only sets X-Forwarded-For
 * when the request has none, so a client could choose the address the sign-in limits count).
 * With no trusted proxy, X-Forwarded-For is also overwritten with the socket's address.
 */
export function stampClientAddress(req: IncomingMessage, trustedHops: number): string {
  const peer = req.socket.remoteAddress ?? "unknown";
  const header = req.headers["x-forwarded-for"];
  const address = resolveClientAddress(Array.isArray(header) ? header.join(",") : header, peer, trustedHops);
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  if (trustedHops <= 0) req.headers["x-forwarded-for"] = peer;
  return address;
}

/** `npm start`'s HTTP server (scripts/http-server.ts): stamps each request, then hands it to Next. */
export function createAppServer(handle: Handle, trustedHops: number): Server {
  return createServer((req, res) => {
    stampClientAddress(req, trustedHops);
    void Promise.resolve(handle(req, res)).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
  });
}
