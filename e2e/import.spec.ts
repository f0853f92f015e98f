import { randomBytes } from "node:crypto";
import { expect, login, test, waitForHydration } from "./fixtures";

/**
 * Importing articles at /desk/import: several files at once, each with its own progress and
 * result; refusals; and confirming an import with its page furniture trimmed. Imports add
 * articles to the desk, which other specs count, so writes are exclusive.
 */
test.use({ exclusiveWrites: true });

const tag = () => randomBytes(4).toString("hex");

const article = (id: string, title: string) =>
  [
    "Middle EastWar",
    `${title} ${id}`,
    `Photo: soldiers near the border, a caption ${id}`,
    `The first paragraph of the ${title.toLowerCase()} article ${id}, with the news in it.`,
    "Related Articles",
    `The second paragraph of the article ${id}, with more of the news.`,
    "Back to top button",
  ].join("\n\n");

test("two files uploaded at once each show a progress bar and their own result", async ({ page }) => {
  const id = tag();
  await login(page, "EDITOR");
  await page.goto("/desk/import");
  const input = page.getByLabel("Files (.txt, .md, .html; up to 2 MB each)");
  await waitForHydration(input);
  await input.setInputFiles([
    { name: `first-${id}.txt`, mimeType: "text/plain", buffer: Buffer.from(article(id, "Border offensive")) },
    {
      name: `second-${id}.html`,
      mimeType: "text/html",
      buffer: Buffer.from(
        `<html lang="en"><head><meta property="og:site_name" content="Desert Gazette"><title>x</title></head>
         <body><article><h1>Desert sweep ${id}</h1><p>Forces swept the desert ${id} on Sunday, officials said, in an
         operation meant to clear the remaining cells from the area near the border.</p>
         <script>document.body.dataset.hacked = "yes"</script></article></body></html>`,
      ),
    },
  ]);

  const results = page.getByRole("region", { name: "This session’s uploads" });
  for (const [name, headline] of [
    [`first-${id}.txt`, `Border offensive ${id}`],
    [`second-${id}.html`, `Desert sweep ${id}`],
  ]) {
    const item = results.getByRole("listitem", { name });
    await expect(item.getByRole("progressbar", { name: `Upload of ${name}` })).toBeVisible();
    await expect(item.getByRole("link", { name: `confirm and trim “${headline}”` })).toBeVisible();
    await expect(item).toContainText("Imported, ");
  }
  // Both wait for confirmation, listed once the uploads are done.
  const waiting = page.getByRole("region", { name: "Waiting to be confirmed" });
  await expect(waiting.getByRole("link", { name: `Border offensive ${id}` })).toBeVisible();
  await expect(waiting.getByRole("link", { name: `Desert sweep ${id}` })).toBeVisible();
});

test("an empty file, a binary file, a file over 2 MB and a second copy each get their own message", async ({
  page,
}) => {
  const id = tag();
  const text = article(id, "Copy check");
  await login(page, "EDITOR");
  await page.goto("/desk/import");
  const input = page.getByLabel("Files (.txt, .md, .html; up to 2 MB each)");
  await waitForHydration(input);
  await input.setInputFiles([
    { name: `copy-${id}.txt`, mimeType: "text/plain", buffer: Buffer.from(text) },
    { name: `empty-${id}.txt`, mimeType: "text/plain", buffer: Buffer.from("  \n") },
    { name: `binary-${id}.txt`, mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) },
    { name: `large-${id}.txt`, mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 10, "a") },
  ]);
  const results = page.getByRole("region", { name: "This session’s uploads" });
  await expect(results.getByRole("listitem", { name: `copy-${id}.txt` })).toContainText("Imported, ");
  await expect(results.getByRole("listitem", { name: `empty-${id}.txt` })).toContainText(
    `Failed: “empty-${id}.txt” is empty.`,
  );
  await expect(results.getByRole("listitem", { name: `binary-${id}.txt` })).toContainText(
    `Failed: “binary-${id}.txt” looks like a binary file, not text.`,
  );
  await expect(results.getByRole("listitem", { name: `large-${id}.txt` })).toContainText(
    `Failed: “large-${id}.txt” is too large (2.0 MB); the limit is 2 MB.`,
  );

  // The same text again, under another name: offered the import already waiting.
  await input.setInputFiles([{ name: `again-${id}.txt`, mimeType: "text/plain", buffer: Buffer.from(text) }]);
  const again = results.getByRole("listitem", { name: `again-${id}.txt` });
  await expect(again).toContainText("Duplicate of an import waiting to be confirmed");
  await expect(again.getByRole("link", { name: `Copy check ${id}` })).toHaveAttribute("href", /^\/desk\/import\//);
});

test("an editor trims the page furniture and confirms the details; the article stays internal", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // three pages: upload, confirm, the article
  const id = tag();
  await login(page, "EDITOR");
  await page.goto("/desk/import");
  const input = page.getByLabel("Files (.txt, .md, .html; up to 2 MB each)");
  await waitForHydration(input);
  await input.setInputFiles([
    { name: `trim-${id}.txt`, mimeType: "text/plain", buffer: Buffer.from(article(id, "Trim test")) },
  ]);
  await page.getByRole("link", { name: `confirm and trim “Trim test ${id}”` }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Confirm the import" })).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveValue(`Trim test ${id}`);
  const paragraph = (n: number) => page.getByRole("listitem", { name: `Paragraph ${n}`, exact: true });
  await waitForHydration(paragraph(4).getByLabel("Starts here"));
  // Suggested: the body starts after the caption and ends before "Related Articles".
  await expect(paragraph(4).getByLabel("Starts here")).toBeChecked();
  await expect(paragraph(4).getByLabel("Ends here")).toBeChecked();
  // The caption (3) before the body, "Related Articles" (5) inside it, "Back to top button" (7) after it.
  await paragraph(4).getByLabel("Starts here").check();
  await paragraph(6).getByLabel("Ends here").check();
  await paragraph(5).getByLabel("Remove").check();
  await expect(page.getByText("Paragraphs 4 to 6 kept, 2 of 7 in all.")).toBeVisible();
  await page.getByLabel("Outlet", { exact: true }).fill("Agence France-Presse");
  await page.getByLabel("Outlet inferred, not named as publisher").check();
  await page.getByLabel("Published (YYYY, YYYY-MM or YYYY-MM-DD)").fill("2019-07");
  await page.getByRole("button", { name: "Save the article" }).click();

  await expect(page).toHaveURL(/\/desk\/articles\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Trim test ${id}`);
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text).toContainText(`The first paragraph of the trim test article ${id}`);
  await expect(text).toContainText(`The second paragraph of the article ${id}`);
  for (const furniture of ["Related Articles", "Back to top button", "a caption", "Middle EastWar"]) {
    await expect(text).not.toContainText(furniture);
  }
  await expect(page.getByText("about July 2019")).toBeVisible();

  // Internal until a published claim quotes it: the public gets a 404, for the raw text too.
  const articleId = page.url().split("/").pop()!;
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  try {
    expect((await visitor.goto(`/articles/${articleId}`))?.status()).toBe(404);
    expect((await visitor.goto(`/articles/${articleId}/raw`))?.status()).toBe(404);
  } finally {
    await anonymous.close();
  }
});

test("the import and confirmation pages fit a 390 px wide screen without sideways scrolling", async ({ page }) => {
  test.setTimeout(90_000); // two pages at two widths
  const id = tag();
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, "EDITOR");
  await page.goto("/desk/import");
  const input = page.getByLabel("Files (.txt, .md, .html; up to 2 MB each)");
  await waitForHydration(input);
  const long = `${"averyveryverylongwordwithoutanyspaces".repeat(8)} ${id}`;
  await input.setInputFiles([
    {
      name: `narrow-${id}.txt`,
      mimeType: "text/plain",
      buffer: Buffer.from(`${article(id, "Narrow screen check")}\n\n${long}`),
    },
  ]);
  const link = page.getByRole("link", { name: `confirm and trim “Narrow screen check ${id}”` });
  await expect(link).toBeVisible();
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Confirm the import" })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1366, height: 900 });
  expect(await overflow()).toBeLessThanOrEqual(0);
});
