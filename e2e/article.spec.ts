import { articleIdByHeadline, expect, login, test } from "./fixtures";

const MEF = "Iraq Launches Another Offensive against ISIS. Why?";
const WILL_OF_VICTORY = "Iraq launches ‘Will of Victory’ operation against ISIS sleeper cells near Syrian border";

test("an article shows its headline, outlet, author and an inferred date at its precision", async ({ page, db }) => {
  const id = await articleIdByHeadline(db, MEF);
  await page.goto(`/articles/${id}`);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MEF);
  await expect(page).toHaveTitle(`${MEF} · Claimtrail`);
  await expect(page.getByText("Middle East Forum", { exact: true })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Seth J. Frantzman" })).toBeVisible();
  // Published: the month is inferred from the text, so it reads "about July 2019", never a day.
  const published = page.getByRole("definition").filter({ has: page.locator("time") });
  await expect(published.locator("time")).toHaveText("about July 2019");
  await expect(published.locator("time")).toHaveAttribute("datetime", "2019-07");
  await expect(published).toContainText("(inferred: Not printed.");
  await expect(page.getByText("1 July 2019")).toHaveCount(0);
});

test("the article body highlights its claims and leaves out the page furniture", async ({ page, db }) => {
  const id = await articleIdByHeadline(db, WILL_OF_VICTORY);
  await page.goto(`/articles/${id}`);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(WILL_OF_VICTORY);
  // e2e/article-metadata.spec.ts (run beside this one) gives it an outlet by a reviewed revision for
  // a moment, then takes it off again the same way.
  await expect(
    page.getByText("Unknown outlet", { exact: true }).or(page.getByRole("link", { name: "Agence France-Presse" })),
  ).toBeVisible();
  await expect(page.getByRole("definition").locator("time")).toHaveText("about July 2019");

  // Highlights: every marked passage links to a claim.
  const marks = page.getByRole("article").locator("mark");
  expect(await marks.count()).toBeGreaterThanOrEqual(3);
  for (const mark of await marks.all()) {
    await expect(mark.getByRole("link")).toHaveAttribute("href", /^\/claims\/[^/]+$/);
  }
  const claimsHere = page.getByRole("region", { name: "Claims in this article" });
  const claimCount = await claimsHere.getByRole("listitem").count();
  expect(claimCount).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(`${claimCount} claims are highlighted below`)).toBeVisible();

  // A highlight is described by its claim's status group and entry in that list, which says the
  // statement once: "Corroborated <statement>".
  const quotedLink = page
    .locator("mark")
    .filter({ hasText: "He said security forces were seeking to oust" })
    .getByRole("link");
  const describedBy = (await quotedLink.first().getAttribute("aria-describedby"))?.split(" ") ?? [];
  const entryIds = describedBy.filter((id) => /^claim-/.test(id));
  expect(entryIds.length).toBeGreaterThanOrEqual(1);
  const entry = claimsHere.locator(`li[id="${entryIds[0]}"]`);
  await expect(entry).toHaveCount(1);
  const statement = (await entry.getByRole("link").textContent())!.trim();
  expect(statement.length).toBeGreaterThan(10);
  await expect(quotedLink.first()).toHaveAccessibleDescription(
    new RegExp(`^(Corroborated|Conflicting|Unverified) ${statement.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  );
  // Its status group is the one the entry is listed under.
  const group = claimsHere.getByRole("region").filter({ has: page.locator(`li[id="${entryIds[0]}"]`) });
  await expect(group.getByRole("heading", { level: 3 })).toContainText(
    (await quotedLink.first().getAttribute("title"))!.split(" ")[0],
  );

  // The article's own text and its credit line are kept; the page furniture is not.
  await expect(page.getByRole("article")).toContainText("He said security forces were seeking to oust");
  await expect(page.getByRole("article")).toContainText("With reporting from AFP");
  await expect(page.getByText("Related Articles")).toHaveCount(0);
  await expect(page.getByText("Back to top button")).toHaveCount(0);
  await expect(page.getByText("Mahdi orders full integration of Shia militias")).toHaveCount(0);

  // Following a highlight opens its claim, which quotes this article.
  const quoted = page.locator("mark").filter({ hasText: "He said security forces were seeking to oust" });
  await quoted.getByRole("link").click();
  await expect(page).toHaveURL(/\/claims\/[^/]+$/);
  await expect(
    page.getByRole("region", { name: "Where it appears" }).getByRole("link", { name: WILL_OF_VICTORY }),
  ).toBeVisible();
});

test("the raw import, furniture and all, is for staff only", async ({ page, db }) => {
  test.setTimeout(90_000); // the public page, a 404, sign-in, the desk, then the raw page
  const id = await articleIdByHeadline(db, WILL_OF_VICTORY);
  await page.goto(`/articles/${id}`);
  await expect(page.getByRole("link", { name: /raw text/i })).toHaveCount(0);
  expect((await page.goto(`/articles/${id}/raw`))?.status()).toBe(404);

  await login(page, "EDITOR");
  await page.goto(`/desk/articles/${id}`);
  await page.getByRole("link", { name: "Raw text as imported" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${id}/raw$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raw text as imported");
  await expect(page.getByText("Related Articles")).toBeVisible();
  await expect(page.getByText("Back to top button")).toBeVisible();
});
