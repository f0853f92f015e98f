import { expect, test } from "./fixtures";

/**
 * What search engines, aggregators and feed readers read: ClaimReview on each claim page,
 * OpenGraph cards, robots.txt, the sitemap and the Atom feed of decisions.
 */
async function hashemi2019(db: import("pg").Pool) {
  const { rows } = await db.query<{ id: string }>(
    `SELECT c.id FROM "Claim" c JOIN "ClaimQuantity" q ON q."claimId" = c.id WHERE q.value = 1000 AND c.visibility = 'PUBLIC'`,
  );
  return rows[0].id;
}

test("a claim page embeds a complete ClaimReview and OpenGraph card", async ({ page, db, baseURL }) => {
  const id = await hashemi2019(db);
  await page.goto(`/claims/${id}`);
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const review = scripts.map((s) => JSON.parse(s)).find((j) => j["@type"] === "ClaimReview");
  expect(review).toBeDefined();
  expect(review["@context"]).toBe("https://schema.org");
  // The claim's readable URL (lib/claims/paths.ts): its id, then a slug of the statement.
  expect(review.url).toMatch(new RegExp(`/claims/${id}-[a-z0-9-]+$`));
  expect(new URL(review.url).pathname).toBe(new URL(page.url()).pathname);
  expect(review.claimReviewed).toBe(await page.getByRole("heading", { level: 1 }).textContent());
  expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(review.author).toMatchObject({ "@type": "Organization", name: expect.any(String) });
  expect(review.reviewRating).toEqual({
    "@type": "Rating",
    ratingValue: 2,
    bestRating: 3,
    worstRating: 1,
    alternateName: "Unverified",
  });
  expect(review.itemReviewed).toMatchObject({
    "@type": "Claim",
    author: { "@type": "Person", name: "Hisham al-Hashemi" },
    datePublished: "2019-07",
  });
  expect(review.itemReviewed.appearance).toHaveLength(1);
  expect(review.itemReviewed.firstAppearance).toEqual(review.itemReviewed.appearance[0]);
  expect(review.itemReviewed.appearance[0]).toMatchObject({
    "@type": "CreativeWork",
    headline: "Iraq launches ‘Will of Victory’ operation against ISIS sleeper cells near Syrian border",
    datePublished: "2019-07",
  });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", review.claimReviewed);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  expect(baseURL).toBeTruthy();
});

test("robots.txt keeps crawlers out of the staff areas and points at the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("Disallow: /desk");
  expect(text).toContain("Disallow: /admin");
  expect(text).toMatch(/Sitemap: \S+\/sitemap\.xml/);
});

test("the sitemap lists public claims and articles, never a draft", async ({ request, db }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.headers()["content-type"]).toContain("application/xml");
  const xml = await response.text();
  expect(xml).toContain("<urlset");
  expect(xml).toMatch(new RegExp(`/claims/${await hashemi2019(db)}-[a-z0-9-]+</loc>`));
  expect(xml).toContain("/subjects/isis-fighters-iraq</loc>");
  expect(xml).toContain("/people/hisham-al-hashemi</loc>");
  expect(xml).toContain("/outlets/asharq-al-awsat</loc>");
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Claim" WHERE visibility <> 'PUBLIC'`);
  for (const { id } of rows) expect(xml).not.toContain(`/claims/${id}`);
});

test("the decisions feed is Atom with the sample data's publications", async ({ request }) => {
  const response = await request.get("/feeds/decisions.xml");
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toMatch(/<entry><id>[^<]+#event-\d+<\/id><title>Published, approved by Rami Reviewer: /);
});

test("the JSON API answers with CORS, pages, and names a bad parameter", async ({ request }) => {
  const list = await request.get("/api/v1/claims?limit=2");
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  const body = await list.json();
  expect(body.items).toHaveLength(2);
  expect(typeof body.next).toBe("string");
  const bad = await request.get("/api/v1/claims?status=MAYBE");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: "INVALID_PARAMETER", param: "status" });
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toContain("/api/v1/claims/{id}/annotations");
});

test("article, subject, person and outlet pages carry OpenGraph and Twitter cards", async ({ page, db }) => {
  const { rows } = await db.query<{ article: string; outlet: string }>(
    `SELECT a.id AS article, o.slug AS outlet FROM "Article" a JOIN "Outlet" o ON o.id = a."outletId"
      WHERE a.headline LIKE 'Exclusive: ISIS in Iraq%'`,
  );
  const pages = [
    { path: `/articles/${rows[0].article}`, type: "article", title: /^Exclusive: ISIS in Iraq/ },
    { path: "/subjects/isis-fighters-iraq", type: "website", title: "ISIS fighter strength in Iraq" },
    { path: "/people/hisham-al-hashemi", type: "profile", title: "Hisham al-Hashemi" },
    { path: `/outlets/${rows[0].outlet}`, type: "website", title: "Asharq Al-Awsat" },
  ];
  for (const { path, type, title } of pages) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:type"]'), path).toHaveAttribute("content", type);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute("content", title);
    await expect(page.locator('meta[property="og:url"]'), path).toHaveAttribute("content", new RegExp(`${path}$`));
    await expect(page.locator('meta[property="og:description"]'), path).toHaveAttribute("content", /\S/);
    await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute("content", "summary");
    await expect(page.locator('meta[name="twitter:title"]'), path).toHaveAttribute("content", title);
  }
});

test("a claim's JSON is served from the cache and refuses a query it would ignore", async ({ request, db }) => {
  const id = await hashemi2019(db);
  const first = await request.get(`/api/v1/claims/${id}`);
  expect(first.status()).toBe(200);
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  const again = await request.get(`/api/v1/claims/${id}`);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect((await again.json()).id).toBe(id);
  for (const path of [`/api/v1/claims/${id}?status=CORROBORATED`, `/api/v1/claims/${id}/history?limit=5`]) {
    const bad = await request.get(path);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatchObject({
      code: "INVALID_PARAMETER",
      param: path.split("?")[1].split("=")[0],
    });
  }
  const preflight = await request.fetch(`/api/v1/claims/${id}`, { method: "OPTIONS" });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  const unknown = await request.get("/api/v1/articles/no-such-article");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("NOT_FOUND");
});

test("the developers page lists every endpoint", async ({ page }) => {
  await page.goto("/developers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API and exports");
  for (const path of ["/api/v1/claims", "/api/v1/claims/{id}", "/api/v1/outlets", "/api/v1/exports/claims.csv"]) {
    await expect(page.getByText(`GET ${path}`, { exact: true })).toBeVisible();
  }
});
