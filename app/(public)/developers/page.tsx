import type { Metadata } from "next";
import txt from "@/components/ui/text.module.css";
import { ENDPOINTS, EXPORTS, type Endpoint } from "@/lib/api/endpoints";

export const metadata: Metadata = { title: "API and exports" };

/** The read-only API, listed from the same table that serves it and generates its OpenAPI document. */
export default function DevelopersPage() {
  const endpoints = Object.values(ENDPOINTS) as Endpoint[];
  return (
    <>
      <h1>API and exports</h1>
      <p className={txt.lede}>
        Everything public on Claimtrail is also readable by machines: a read-only JSON API (no key, CORS open), exports,
        and a history anyone can verify. The full description is the{" "}
        <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>.
      </p>
      <p>
        Errors always look like <code>{`{ "error": { "code", "message", "param" } }`}</code>: an invalid parameter is
        400 with code <code>INVALID_PARAMETER</code> and <code>param</code> naming it; a missing record 404; a withdrawn
        claim 410; too many searches 429. Lists are paged with <code>limit</code> and the <code>next</code> cursor.
      </p>
      <h2>Endpoints</h2>
      <dl className={txt.stack}>
        {endpoints.map((e) => (
          <div key={e.path}>
            <dt>
              <code>GET {e.path}</code>
            </dt>
            <dd>
              {e.summary}
              {Object.keys(e.query.shape).length > 0 && (
                <>
                  {" "}
                  Parameters:{" "}
                  {Object.keys(e.query.shape).map((name, i) => (
                    <span key={name}>
                      {i > 0 && ", "}
                      <code>{name}</code>
                    </span>
                  ))}
                  .
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <h2>Exports</h2>
      <dl className={txt.stack}>
        {EXPORTS.map((e) => (
          <div key={e.path}>
            <dt>
              <code>GET {e.path}</code>
            </dt>
            <dd>
              {e.summary} <span className={txt.meta}>({e.mediaType})</span>
            </dd>
          </div>
        ))}
      </dl>
      <h2>Feeds, sitemap and verification</h2>
      <ul>
        <li>
          <a href="/feeds/decisions.xml">Atom feed</a> of decisions, corrections and withdrawals.
        </li>
        <li>
          <a href="/sitemap.xml">Sitemap</a> of the public pages.
        </li>
        <li>
          Each claim&apos;s <code>/claims/&lt;id&gt;/history.json</code>, checked by <code>npx claimtrail-verify</code>{" "}
          or the claim page&apos;s button; the <a href="/transparency">transparency log</a>.
        </li>
      </ul>
    </>
  );
}
