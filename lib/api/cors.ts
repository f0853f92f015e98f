/** The API is public and read-only: any site may GET it (shared by the routes and proxy.ts). */
export const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS" };
