import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import type pg from "pg";
import { articleIdByHeadline, expect, login, test, waitForHydration } from "./fixtures";

/**
 * The desk's annotator: select a passage with the mouse or the keyboard, quote it for a new or an
 * existing claim, and see the highlight; and the desk's article filters. Claims made here are
 * internal, so the public pages other specs count stay as seeded.
 */
test.use({ exclusiveWrites: true });

const VOA = "Iraqi Military Launches Operation Against IS Remnants";
const HAARETZ = "Despite Mosul Defeat, ISIS Is Still Alive and Kicking";
const SENTENCE =
  "Last month, IS militants carried out multiple attacks against security forces and civilians in the area, " +
  "including an attack in the province of Salahuddin that killed seven members of a family.";
const SUBJECT = "Diyala operation against IS remnants (2021)";

const tag = () => randomBytes(4).toString("hex");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const articleText = (page: Page) => page.getByRole("region", { name: "Article text" });
const toolbar = (page: Page) => page.getByRole("region", { name: "Selection" });

/** Drags the mouse from just inside the first character of `passage` to just inside its last. */
async function dragOver(page: Page, text: Locator, passage: string) {
  const { from, to } = await text.evaluate((container, words) => {
    const start = container.textContent!.indexOf(words);
    if (start < 0) throw new Error(`Not in the text: ${words}`);
    // The text node and offset at a character position; `end` prefers the node the text ends in.
    const at = (offset: number, end: boolean): [Node, number] => {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.nodeValue!.length;
        if (end ? offset <= seen + length : offset < seen + length) return [node, offset - seen];
        seen += length;
      }
      throw new Error("offset outside the text");
    };
    const charRect = (offset: number) => {
      const range = document.createRange();
      range.setStart(...at(offset, false));
      range.setEnd(...at(offset + 1, true));
      return range.getBoundingClientRect();
    };
    // Scroll the passage itself to the middle (its text node may be far taller than the viewport).
    window.scrollBy(0, charRect(start).top - window.innerHeight / 2);
    const first = charRect(start);
    const last = charRect(start + words.length - 1);
    return {
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }, passage);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

async function quoteOf(db: pg.Pool, claimId: string) {
  const { rows } = await db.query<{ exact: string; start: number; end: number; body: string }>(
    `SELECT q.exact, q.start, q."end", v.body FROM "Quote" q JOIN "ArticleVersion" v ON v.id = q."articleVersionId"
      WHERE q."claimId" = $1`,
    [claimId],
  );
  expect(rows).toHaveLength(1);
  return rows[0];
}

/** Fills the claim editor with an internal claim on the Diyala subject and saves it; returns its id. */
async function saveClaim(page: Page, statement: string): Promise<string> {
  const field = page.getByLabel("Claim, in one checkable sentence");
  await waitForHydration(field);
  await field.fill(statement);
  await page.getByLabel("Existing subject").selectOption({ label: SUBJECT });
  // Every new claim is an internal draft: publishing it is a reviewed proposal.
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/(?!new)[^/?]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("a sentence selected with the mouse becomes a new claim's quote and a highlight", async ({ page, db }) => {
  await login(page, "EDITOR");
  await page.getByRole("link", { name: VOA }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(VOA);
  const text = articleText(page);
  await waitForHydration(text);

  await dragOver(page, text, SENTENCE);
  await expect(toolbar(page).locator("q")).toHaveText(SENTENCE);
  await toolbar(page).getByRole("link", { name: "New claim" }).click();

  await expect(page).toHaveURL(/\/desk\/claims\/new\?version=[^&]+&start=\d+&end=\d+$/);
  await expect(page.locator(".quote-draft mark")).toHaveText(SENTENCE);
  // Offsets that do not fit the text are explained, not a crash.
  const newClaimUrl = page.url();
  await page.goto(newClaimUrl.replace(/&end=\d+$/, "&end=999999"));
  await expect(page.getByText("This selection cannot be quoted: Selection")).toBeVisible();
  await page.goto(newClaimUrl);
  const statement = `IS attacks killed seven members of a family in Salahuddin (e2e ${tag()})`;
  const claimId = await saveClaim(page, statement);

  const quote = await quoteOf(db, claimId);
  expect(quote.exact).toBe(SENTENCE);
  expect(quote.body.slice(quote.start, quote.end)).toBe(quote.exact);

  await page.goto(`/desk/articles/${await articleIdByHeadline(db, VOA)}`);
  const highlight = articleText(page).locator(`a[href="/desk/claims/${claimId}"]`);
  await expect(highlight).toHaveText(SENTENCE);
  await expect(highlight).toHaveAttribute("title", new RegExp(escape(`${statement} (Unverified, internal)`)));
  await expect(page.getByRole("complementary").getByRole("link", { name: statement })).toBeVisible();
});

test("a passage selected with the keyboard is added to an existing claim, once", async ({ page, db }) => {
  await login(page, "EDITOR");
  const marker = tag();
  await page.goto("/desk/claims/new");
  const statement = `Islamic State was still active after Mosul (e2e ${marker})`;
  const claimId = await saveClaim(page, statement);

  await page.goto("/desk");
  await page.getByRole("link", { name: HAARETZ }).click();
  const text = articleText(page);
  await waitForHydration(text);
  const body = (await text.textContent())!;
  const expected = body.slice(0, "Islamic State".length);

  async function selectAndAdd() {
    await text.focus();
    await page.keyboard.down("Shift");
    for (let i = 0; i < expected.length; i++) await page.keyboard.press("ArrowRight");
    await page.keyboard.up("Shift");
    await expect(toolbar(page).locator("q")).toHaveText(expected);
    await page.keyboard.press("Enter"); // from the text to the toolbar
    await expect(toolbar(page).getByRole("link", { name: "New claim" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const search = page.getByRole("searchbox", { name: "Find the claim by words of its statement" });
    await expect(search).toBeFocused();
    await page.keyboard.type(marker);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: `Add the quote to: ${statement}` }).focus();
    await page.keyboard.press("Enter");
  }

  await selectAndAdd();
  await expect(page.getByRole("status")).toContainText(`Quoted for “${statement}”`);
  await expect(text.locator(`a[href="/desk/claims/${claimId}"]`)).toHaveText(expected);
  const quote = await quoteOf(db, claimId);
  expect(quote).toMatchObject({ exact: expected, start: 0, end: expected.length });
  expect(quote.body.slice(quote.start, quote.end)).toBe(quote.exact);

  // The same passage again: the refusal shows beside the toolbar, and nothing is added.
  await selectAndAdd();
  await expect(toolbar(page).getByRole("alert")).toHaveText("This passage is already quoted for this claim.");
  await quoteOf(db, claimId);
});

test("the desk filters articles by outlet and by unverified claims, from the URL", async ({ page, db }) => {
  const id = `e2e-article-${tag()}`;
  const headline = `An article with no claims yet (${id})`;
  await db.query(`INSERT INTO "Article" (id, headline, authors, "updatedAt") VALUES ($1, $2, '{}', now())`, [
    id,
    headline,
  ]);
  await db.query(
    `INSERT INTO "ArticleVersion" (id, "articleId", number, "rawText", body, "contentHash")
     VALUES ($1, $2, 1, 'Nothing quoted here.', 'Nothing quoted here.', 'e2e')`,
    [`${id}-v1`, id],
  );
  try {
    await login(page, "EDITOR");
    const list = page.getByRole("table");
    await expect(list.getByRole("link", { name: headline })).toBeVisible();
    await expect(list.getByRole("link", { name: headline })).toHaveAttribute("href", `/desk/articles/${id}`);

    await page.getByLabel("Has unverified claims").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/desk\?(.*&)?unverified=1/);
    await expect(list.getByRole("link", { name: headline })).toHaveCount(0);
    await expect(list.getByRole("link", { name: VOA })).toBeVisible();
    await expect(list.getByRole("link", { name: HAARETZ })).toBeVisible();

    await page.getByLabel("Outlet").selectOption({ label: "Voice of America" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/outlet=/);
    await expect(list.getByRole("row")).toHaveCount(2); // the header and VOA's article
    await expect(list.getByRole("link", { name: VOA })).toBeVisible();

    // The filters live in the URL: a reload keeps them, and "Clear filters" drops them.
    await page.reload();
    await expect(page.getByLabel("Has unverified claims")).toBeChecked();
    await expect(page.getByLabel("Outlet")).toHaveValue(/.+/);
    await expect(list.getByRole("row")).toHaveCount(2);
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/desk$/);
    await expect(list.getByRole("link", { name: headline })).toBeVisible();

    // The filter's old name in a bookmark still works, under its new name.
    await page.goto("/desk?unreviewed=1");
    await expect(page).toHaveURL(/\/desk\?unverified=1$/);
    await expect(page.getByLabel("Has unverified claims")).toBeChecked();
  } finally {
    await db.query(`DELETE FROM "Article" WHERE id = $1`, [id]);
  }
});
