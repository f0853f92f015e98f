import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import type pg from "pg";
import {
  addQuote,
  articleIdByHeadline,
  expect,
  login,
  MEF,
  MEF_QUOTE,
  test,
  VOA,
  VOA_QUOTE,
  waitForHydration,
  type StaffRole,
} from "./fixtures";

/**
 * Issue 12: subject, person and outlet pages, readable claim URLs, and the cache rule. The sample
 * data's subject "ISIS fighter strength in Iraq" has al-Hashemi's two figures of one measure: about
 * 1,000 (July 2019) and 3,500–4,000 (March 2020), each with its scope.
 */
const SUBJECT = "/subjects/isis-fighters-iraq";
const SCOPE_2019 = "desert regions around Baaj, Rawah and Tharthar";
const SCOPE_2020 = "about 11 operational sectors in western and northern Iraqi provinces";

async function hashemiClaims(db: pg.Pool) {
  const { rows } = await db.query<{ id: string; value: number | null }>(
    `SELECT c.id, q.value FROM "Claim" c JOIN "ClaimQuantity" q ON q."claimId" = c.id
      JOIN "Person" p ON p.id = c."speakerId"
      WHERE p.slug = 'hisham-al-hashemi' AND c.visibility = 'PUBLIC' ORDER BY q."asOf"`,
  );
  return { y2019: rows.find((r) => r.value === 1000)!.id, y2020: rows.find((r) => r.value === null)!.id };
}

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test("the subject page charts both figures and tables them with their scopes", async ({ page, db }) => {
  const { y2019, y2020 } = await hashemiClaims(db);
  await page.goto(SUBJECT);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ISIS fighter strength in Iraq");
  const measure = page.getByRole("region", { name: "ISIS fighters in Iraq" });
  const chart = measure.getByRole("figure", { name: /Chart: ISIS fighters in Iraq/ });
  // Server-rendered: the marks are in the HTML, one per figure, each a link to its claim.
  const marks = chart.locator("a[data-figure]");
  await expect(marks).toHaveCount(2);
  const m2019 = chart.locator(`a[data-figure="${y2019}"]`);
  const m2020 = chart.locator(`a[data-figure="${y2020}"]`);
  await expect(m2019).toHaveAttribute("href", new RegExp(`^/claims/${y2019}-`));
  await expect(m2019).toHaveAccessibleName(/about 1,000 fighters, as of .*July 2019.*Hisham al-Hashemi.*Baaj/);
  await expect(m2020).toHaveAccessibleName(/3,500–4,000 fighters, as of .*March 2020/);
  await expect(m2020).toHaveAccessibleName(/Asharq Al-Awsat.*11 operational sectors/);
  // Later and higher: the 2020 band sits right of the 2019 mark and above it, and has a height.
  const [b2019, b2020] = [await m2019.boundingBox(), await m2020.boundingBox()];
  expect(b2020!.x).toBeGreaterThan(b2019!.x);
  expect(b2020!.y).toBeLessThan(b2019!.y);
  expect(b2020!.height).toBeGreaterThan(b2019!.height);

  const table = measure.getByRole("table");
  const row2019 = table.locator(`tr[data-figure-row="${y2019}"]`);
  const row2020 = table.locator(`tr[data-figure-row="${y2020}"]`);
  await expect(row2019).toContainText("about 1,000 fighters");
  await expect(row2019).toContainText("July 2019");
  await expect(row2019).toContainText(SCOPE_2019);
  await expect(row2020).toContainText("3,500–4,000 fighters");
  await expect(row2020).toContainText("March 2020");
  await expect(row2020).toContainText(SCOPE_2020);
  await expect(row2020.getByRole("link", { name: "Hisham al-Hashemi", exact: true })).toHaveAttribute(
    "href",
    "/people/hisham-al-hashemi",
  );
});

test("the chart's marks are reached and described by keyboard, and lead to their claims", async ({ page, db }) => {
  const { y2019 } = await hashemiClaims(db);
  await page.goto(SUBJECT);
  const mark = page.locator(`a[data-figure="${y2019}"]`);
  // Tab from the page's h1 until the first mark has focus.
  await page.getByRole("heading", { level: 1 }).click();
  for (let i = 0; i < 40 && !(await mark.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(mark).toBeFocused();
  const tip = mark.locator("[data-tip]");
  await expect(tip).toBeVisible();
  expect((await tip.boundingBox())!.width).toBeGreaterThan(100);
  await expect(tip).toContainText("Said by Hisham al-Hashemi");
  await expect(tip).toContainText(`Scope: ${SCOPE_2019}`);
  await expect(tip).toContainText("Source:");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/claims/${y2019}-`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("about 1,000 ISIS fighters");
});

test("the person page lists what they claimed over time", async ({ page }) => {
  await page.goto("/people/hisham-al-hashemi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hisham al-Hashemi");
  const claims = page.getByRole("region", { name: /What they claimed/ });
  const statements = claims.getByRole("heading", { level: 4 });
  await expect(statements).toHaveCount(2);
  await expect(statements.nth(0)).toContainText("3,500 to 4,000 combatants");
  await expect(statements.nth(1)).toContainText("about 1,000 ISIS fighters");
  await expect(claims.getByRole("heading", { name: "2020", level: 3 })).toBeVisible();
  await expect(claims.getByRole("link", { name: "ISIS fighter strength in Iraq" }).first()).toHaveAttribute(
    "href",
    SUBJECT,
  );
});

test("the outlet page lists its public articles and the claims found in them", async ({ page }) => {
  await page.goto("/outlets/asharq-al-awsat");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Asharq Al-Awsat");
  const articles = page.getByRole("region", { name: "Articles, newest first" });
  const article = articles.getByRole("listitem").filter({ hasText: "Exclusive: ISIS in Iraq" }).first();
  await expect(article.getByRole("link", { name: /Exclusive: ISIS in Iraq/ })).toHaveAttribute("href", /^\/articles\//);
  await expect(article).toContainText("3,500 to 4,000 combatants");
});

test("the subjects index links each subject with published claims", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "All subjects →" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Subjects");
  const item = page.getByRole("listitem").filter({ hasText: "ISIS fighter strength in Iraq" });
  await expect(item).toContainText("(2 claims)");
  await item.getByRole("link").click();
  await expect(page).toHaveURL(/\/subjects\/isis-fighters-iraq$/);
});

test("an unknown subject, person or outlet is a 404", async ({ page }) => {
  for (const path of ["/subjects/no-such-subject", "/people/no-such-person", "/outlets/no-such-outlet"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test("a claim's bare, old or wrong URL answers 308 to its readable one", async ({ request, db }) => {
  const { y2019 } = await hashemiClaims(db);
  const bare = await request.get(`/claims/${y2019}`, { maxRedirects: 0 });
  expect(bare.status()).toBe(308);
  const location = new URL(bare.headers()["location"], "http://x").pathname;
  expect(location).toMatch(new RegExp(`^/claims/${y2019}-security-analyst-hisham-al-hashemi-estimated`));
  for (const wrong of [`/claims/${y2019}-an-old-slug`, `/claims/${y2019}-`]) {
    const response = await request.get(`${wrong}?from=feed`, { maxRedirects: 0 });
    expect(response.status(), wrong).toBe(308);
    expect(response.headers()["location"]).toContain(`${location}?from=feed`);
  }
  expect((await request.get(location, { maxRedirects: 0 })).status()).toBe(200);
  // The history document keeps its bare URL.
  expect((await request.get(`/claims/${y2019}/history.json`)).status()).toBe(200);
});

test("a withdrawn claim's URL answers 410 with or without a slug", async ({ request, db }) => {
  const id = `e2ewithdrawn${randomBytes(4).toString("hex")}`;
  const inserted = await db.query(
    `INSERT INTO "Claim" (id, statement, "subjectId", "createdById", visibility, "withdrawnAt", "withdrawalReason", "updatedAt")
     SELECT $1, 'A withdrawn e2e claim', "subjectId", "createdById", 'WITHDRAWN', now(), 'The source retracted it.', now()
       FROM "Claim" WHERE visibility = 'PUBLIC' ORDER BY "createdAt" LIMIT 1`,
    [id],
  );
  expect(inserted.rowCount).toBe(1);
  try {
    for (const path of [`/claims/${id}`, `/claims/${id}-a-withdrawn-e2e-claim`, `/claims/${id}-any-slug`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(410);
      expect(await response.text()).toContain("The source retracted it.");
    }
  } finally {
    await db.query(`DELETE FROM "Claim" WHERE id = $1`, [id]);
  }
});

test("subject, person and outlet pages fit a 390 px screen", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/subjects", SUBJECT, "/people/hisham-al-hashemi", "/outlets/asharq-al-awsat"]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
  // A focused mark's description stays on the screen too.
  await page.goto(SUBJECT);
  for (const mark of await page.locator("a[data-figure]").all()) {
    await mark.focus();
    await expectNoHorizontalScroll(page);
  }
});

// ---------------------------------------------------------------------------------------------
// The cache rule: a decision expires every page it changes, at once.

test.describe("after a decision", () => {
  test.use({ exclusiveWrites: true });

  test("every affected page shows the new status on the very next request", async ({ page, browser, db }) => {
    test.setTimeout(240_000);
    const tag = randomBytes(4).toString("hex");
    const statement = `Iraq launched new offensives against ISIS remnants (e2e ${tag})`;
    const speaker = `E2E Analyst ${tag}`;
    await login(page, "EDITOR");
    const claimId = await createClaim(page, statement, `E2E chart subject ${tag}`, speaker);
    await addQuote(page, db, { id: claimId, statement }, MEF, MEF_QUOTE);
    await addQuote(page, db, { id: claimId, statement }, VOA, VOA_QUOTE);
    await page.goto(`/desk/claims/${claimId}`);
    await waitForHydration(page.locator("summary").first());
    await openProposal(page, "Propose to publish");
    const publish = page.getByRole("form", { name: "Propose to publish" });
    await publish.getByLabel("Rationale").fill("Two outlets report it.");
    await publish.getByRole("button", { name: "Propose to publish" }).click();
    await expect(page.getByRole("region", { name: "Review and publication" })).toContainText("Waiting for review");
    const reviewer = await pageAs(browser, "REVIEWER");
    await approve(reviewer, statement, "Published as unverified while we check.");

    // Every page showing it, read once by a reader: each is now in the cache.
    const reader = await (await browser.newContext()).newPage();
    const subjectSlug = `e2e-chart-subject-${tag}`;
    const personSlug = `e2e-analyst-${tag}`;
    const articleId = await articleIdByHeadline(db, MEF);
    const row = () => reader.getByRole("listitem").filter({ hasText: statement }).first();
    const claimReview = () => reader.locator('script[type="application/ld+json"]');
    const groupEntry = (status: string) =>
      reader
        .getByRole("region", { name: "Claims in this article" })
        .getByRole("region", { name: status, exact: true })
        .getByRole("listitem")
        .filter({ hasText: statement });
    const highlight = () => reader.locator(`mark a[aria-describedby~="claim-${claimId}"]`).first();
    const pages: [string, () => Promise<void>, () => Promise<void>][] = [
      [
        `/claims/${claimId}`,
        async () => expect(await claimReview().textContent()).toContain('"alternateName":"Unverified"'),
        async () => expect(await claimReview().textContent()).toContain('"alternateName":"Corroborated"'),
      ],
      [
        `/subjects/${subjectSlug}`,
        () => expect(row()).toContainText("Unverified"),
        () => expect(row()).toContainText("Corroborated"),
      ],
      [
        `/people/${personSlug}`,
        () => expect(row()).toContainText("Unverified"),
        () => expect(row()).toContainText("Corroborated"),
      ],
      [
        "/outlets/middle-east-forum",
        () => expect(reader.locator("li li").filter({ hasText: statement })).toContainText("Unverified"),
        () => expect(reader.locator("li li").filter({ hasText: statement })).toContainText("Corroborated"),
      ],
      [
        `/articles/${articleId}`,
        // The highlight's tint (named by its title) and the claim's entry, which describes it,
        // under its status's group.
        async () => {
          await expect(highlight()).toHaveAttribute("title", /Unverified claim/);
          await expect(groupEntry("Unverified")).toHaveCount(1);
        },
        async () => {
          await expect(highlight()).toHaveAttribute("title", /Corroborated claim/);
          await expect(groupEntry("Corroborated")).toHaveCount(1);
          await expect(groupEntry("Unverified")).toHaveCount(0);
        },
      ],
    ];
    for (const [path, before] of pages) {
      expect((await reader.goto(path))?.status(), path).toBe(200);
      await before();
    }
    // Cached: a second request is answered from Next's cache.
    const cached = await reader.request.get(`/subjects/${subjectSlug}`);
    expect(cached.headers()["x-nextjs-cache"], "subject page cache").toMatch(/HIT|STALE/);

    await page.goto(`/desk/claims/${claimId}`);
    await waitForHydration(page.locator("summary").first());
    await openProposal(page, "Propose the status change");
    const form = page.getByRole("form", { name: "Propose the status change" });
    await form.getByLabel("New status").selectOption("CORROBORATED");
    await form.getByLabel("Rationale").fill("Reported by two outlets independently.");
    await form.getByRole("button", { name: "Propose the status change" }).click();
    await expect(page.getByRole("region", { name: "Review and publication" })).toContainText(
      "Waiting for review: status change",
    );
    await approve(reviewer, statement, "Two outlets report it independently.");

    // The very next request of each page shows the new status (no reload, no waiting).
    for (const [path, , after] of pages) {
      expect((await reader.goto(path))?.status(), path).toBe(200);
      await after();
    }
    await reader.goto("/");
    await expect(reader.getByRole("region", { name: "Recent status decisions" })).toContainText(statement);
  });

  test("a revision that moves a claim to another subject and speaker takes it off their old pages at once", async ({
    page,
    browser,
    db,
  }) => {
    test.setTimeout(240_000);
    const tag = randomBytes(4).toString("hex");
    const statement = `Iraq reopened a border crossing with Syria (e2e ${tag})`;
    await login(page, "EDITOR");
    const claimId = await createClaim(page, statement, `E2E old subject ${tag}`, `E2E old speaker ${tag}`);
    await addQuote(page, db, { id: claimId, statement }, MEF, MEF_QUOTE);
    await page.goto(`/desk/claims/${claimId}`);
    await waitForHydration(page.locator("summary").first());
    await openProposal(page, "Propose to publish");
    const publish = page.getByRole("form", { name: "Propose to publish" });
    await publish.getByLabel("Rationale").fill("One outlet reports it.");
    await publish.getByRole("button", { name: "Propose to publish" }).click();
    await expect(page.getByRole("region", { name: "Review and publication" })).toContainText("Waiting for review");
    const reviewer = await pageAs(browser, "REVIEWER");
    await approve(reviewer, statement, "Published as unverified while we check.");

    // A reader's visits put the old subject's and speaker's pages in the cache.
    const reader = await (await browser.newContext()).newPage();
    const listed = () => reader.getByRole("listitem").filter({ hasText: statement });
    const oldPages = [`/subjects/e2e-old-subject-${tag}`, `/people/e2e-old-speaker-${tag}`];
    for (const path of oldPages) {
      expect((await reader.goto(path))?.status(), path).toBe(200);
      await expect(listed().first(), path).toBeVisible();
    }

    // The editor moves it to a new subject and speaker, as a revision a reviewer approves.
    await page.goto(`/desk/claims/${claimId}`);
    const editor = page.getByRole("region", { name: "Claim", exact: true });
    await waitForHydration(editor.getByRole("button", { name: "Save to the draft revision" }));
    await editor.getByLabel("Or a new subject").fill(`E2E new subject ${tag}`);
    await editor.getByLabel("Or a new speaker's name").fill(`E2E new speaker ${tag}`);
    // Typed while the old ones are still picked: asked about beside each box, nothing dropped.
    await editor.getByRole("button", { name: "Save to the draft revision" }).click();
    await expect(editor.getByLabel("Or a new subject")).toHaveAccessibleDescription(/picked an existing subject/);
    await expect(editor.getByLabel("Or a new speaker's name")).toHaveAccessibleDescription(
      /picked an existing speaker/,
    );
    await expect(editor.getByLabel("Or a new subject")).toHaveValue(`E2E new subject ${tag}`);
    await editor.getByLabel("Existing subject").selectOption({ label: "— new subject (below) —" });
    await editor.getByLabel("Existing person or organization").selectOption({ label: "— none, or new (below) —" });
    await editor.getByRole("button", { name: "Save to the draft revision" }).click();
    await expect(page.getByRole("region", { name: "Unpublished changes" })).toContainText(`E2E new subject ${tag}`);
    await openProposal(page, "Propose the revision");
    const revision = page.getByRole("form", { name: "Propose the revision" });
    await revision.getByLabel("Rationale").fill("Filed under the wrong subject and speaker.");
    await revision.getByRole("button", { name: "Propose the revision" }).click();
    await expect(page.getByRole("region", { name: "Review and publication" })).toContainText("Waiting for review");
    await approve(reviewer, statement, "Moved to the right subject and speaker.");

    // The very next request of each old page no longer lists it; the new pages do.
    for (const path of oldPages) {
      const response = await reader.goto(path);
      expect([200, 404], path).toContain(response?.status());
      await expect(listed(), path).toHaveCount(0);
    }
    for (const path of [`/subjects/e2e-new-subject-${tag}`, `/people/e2e-new-speaker-${tag}`]) {
      expect((await reader.goto(path))?.status(), path).toBe(200);
      await expect(listed().first(), path).toBeVisible();
    }
  });
});

async function pageAs(browser: Browser, role: StaffRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, role);
  return page;
}

async function approve(reviewer: Page, statement: string, summary: string) {
  await reviewer.goto("/review");
  const card = reviewer.getByRole("article", { name: statement });
  await waitForHydration(card.getByRole("button", { name: "Approve" }));
  await card.getByLabel("Public summary").fill(summary);
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(card).toHaveCount(0);
}

async function openProposal(page: Page, name: string) {
  const summary = page.locator("summary").filter({ hasText: name });
  const details = page.locator("details").filter({ has: summary });
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await summary.click();
}

async function createClaim(page: Page, statement: string, subject: string, speaker: string): Promise<string> {
  await page.goto("/desk/claims/new");
  await waitForHydration(page.getByRole("button", { name: "Save claim" }));
  await page.getByLabel("Claim, in one checkable sentence").fill(statement);
  await page.getByLabel("Or a new subject").fill(subject);
  await page.getByLabel("Or a new speaker's name").fill(speaker);
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(statement);
  await expect(page).toHaveURL(/\/desk\/claims\/(?!new$)[^/]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}
