import { beforeAll, describe, expect, it } from "vitest";
import { makeStaff, publishClaim } from "../../test/factories";
import { createClaim } from "../claims/mutations";
import { decideProposal, propose } from "../reviews/mutations";
import { openApiDocument } from "./endpoints";
import { apiGet } from "./handler";

/** The read-only API through its route wrapper: validation errors name the parameter; 404, 410; pages. */
const call = async (name: Parameters<typeof apiGet>[0], query = "", params: Record<string, string> = {}) => {
  const response = await apiGet(name)(new Request(`http://localhost/api/v1/x${query}`), {
    params: Promise.resolve(params),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
};

const published: string[] = [];
let withdrawn: string;

beforeAll(async () => {
  const editor = await makeStaff("EDITOR");
  const reviewer = await makeStaff("REVIEWER");
  for (let i = 0; i < 5; i++) {
    const claim = await createClaim(editor, { statement: `API claim number ${i}`, newSubjectName: "API subject" });
    await publishClaim(claim.id, editor, reviewer);
    published.push(claim.id);
  }
  withdrawn = published.pop()!;
  const review = await propose(reviewer, {
    claimId: withdrawn,
    kind: "WITHDRAWAL",
    rationale: "x",
    publicReason: "Retracted.",
  });
  await decideProposal(await makeStaff("ADMIN"), {
    reviewId: review.id,
    decision: "APPROVED",
    publicSummary: "Withdrawn.",
  });
});

describe("the read-only API", () => {
  it.each([
    ["?status=MAYBE", "status"],
    ["?limit=1000", "limit"],
    ["?limit=two", "limit"],
    ["?color=blue", "color"],
    ["?from=yesterday", "from"],
    ["?from=2021-01-01&to=2020-01-01", "to"],
    ["?sort=relevance", "sort"],
    ["?cursor=nonsense", "cursor"],
  ])("answers %s with 400 INVALID_PARAMETER naming %s", async (query, param) => {
    const { status, body, headers } = await call("claims", query);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "INVALID_PARAMETER", param });
    expect(headers.get("access-control-allow-origin")).toBe("*");
  });

  it("names a malformed id, answers 404 for an unknown one and 410 for a withdrawn claim", async () => {
    expect((await call("claim", "", { id: "bad id!" })).body.error).toMatchObject({
      code: "INVALID_PARAMETER",
      param: "id",
    });
    expect(await call("claim", "", { id: "nosuchclaim" })).toMatchObject({
      status: 404,
      body: { error: { code: "NOT_FOUND" } },
    });
    const gone = await call("claim", "", { id: withdrawn });
    expect(gone.status).toBe(410);
    expect(gone.body.error.message).toContain("Retracted.");
  });

  it("pages through every public claim with the cursor, each once, and searches the statement", async () => {
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const { body } = await call("claims", `?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...body.items.map((c: { id: string }) => c.id));
      cursor = body.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of published) expect(seen).toContain(id);
    expect(seen).not.toContain(withdrawn);
    const found = await call("claims", "?q=number%203");
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([published[3]]);
    expect(found.headers.get("cache-control")).toBe("no-store");
  });

  it("serves a claim with its quotes, links and corrections, and its history", async () => {
    const { status, body } = await call("claim", "", { id: published[0] });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: published[0], statement: "API claim number 0", quotes: [], corrections: [] });
    const history = await call("claimHistory", "", { id: published[0] });
    expect(history.body.items.map((h: { kind: string }) => h.kind)).toEqual(["CREATED", "PUBLISHED"]);
  });

  it("describes every endpoint in an OpenAPI 3.1 document generated from the same schemas", () => {
    const doc = openApiDocument("https://claims.example.org");
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/claims",
        "/api/v1/claims/{id}",
        "/api/v1/claims/{id}/history",
        "/api/v1/articles",
        "/api/v1/articles/{id}",
        "/api/v1/subjects",
        "/api/v1/subjects/{id}/figures",
        "/api/v1/people",
        "/api/v1/outlets",
        "/api/v1/claims/{id}/annotations",
        "/api/v1/exports/claims.csv",
      ]),
    );
    const claims = (doc.paths["/api/v1/claims"] as { get: { parameters: { name: string }[] } }).get;
    expect(claims.parameters.map((p) => p.name)).toEqual([
      "q",
      "status",
      "subject",
      "speaker",
      "outlet",
      "from",
      "to",
      "sort",
      "limit",
      "cursor",
    ]);
  });
});
