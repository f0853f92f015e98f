import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { resolveClientAddress } from "./forwarded";
import { refuseRequest, type Refusal } from "./request-guard";
import { securityHeaders } from "./security-headers";

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

function refusalOf(req: IncomingMessage): Refusal | null {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  let url: URL;
  try {
    url = new URL(`http://front.invalid${req.url ?? "/"}`);
  } catch {
    return { status: 400, code: "BAD_REQUEST", message: "Malformed request target." };
  }
  return refuseRequest(req.method ?? "GET", url, headers);
}

/**
 * Answers a refused request here, before Next reads its body: an over-limit body refused later, in
 * proxy.ts, left Next reading a stream the client was still sending, which ended in an
 * uncaughtException ("aborted"). The rest of the body is drained and the connection closed.
 */
function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal, https: boolean) {
  req.resume();
  for (const [name, value] of securityHeaders({ development: false, https })) res.setHeader(name, value);
  res.writeHead(refusal.status, { "content-type": "application/json", connection: "close" });
  res.end(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }));
}

/**
 * `npm start`'s HTTP server (scripts/http-server.ts): stamps each request with the client's
 * address, refuses what lib/http/request-guard.ts refuses (proxy.ts applies the same rules under
 * `next dev`), then hands the request to Next.
 */
export function createAppServer(handle: Handle, trustedHops: number, options: { https?: boolean } = {}): Server {
  return createServer((req, res) => {
    stampClientAddress(req, trustedHops);
    const refusal = refusalOf(req);
    if (refusal) return refuse(req, res, refusal, options.https ?? false);
    void Promise.resolve(handle(req, res)).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
  });
}
