import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import {
  addQuote,
  articleIdByHeadline,
  DEMO_STAFF,
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
 * The review workflow end to end: an editor records a claim, quotes it from two outlets and
 * proposes "corroborated"; a reviewer (never the proposer) approves; the public page shows it.
 */
test.use({ exclusiveWrites: true });

const tag = () => randomBytes(4).toString("hex");

async function pageAs(browser: Browser, role: StaffRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, role);
  return page;
}

/** The claim workspace's section with this heading. */
const section = (page: Page, name: string | RegExp) =>
  page.getByRole("region", typeof name === "string" ? { name, exact: true } : { name });

test("an editor's corroborated proposal, approved by a reviewer, shows on the public page", async ({
  page,
  browser,
  db,
}) => {
  test.setTimeout(120_000);
  await login(page, "EDITOR");
  const statement = `Iraqi forces launched operations to root out ISIS remnants (e2e ${tag()})`;
  const claimId = await createClaim(page, statement);

  // One quote is one source: "corroborated" is refused, and the reason sits beside the status.
  await addQuote(page, db, { id: claimId, statement }, MEF, MEF_QUOTE);
  await propose(page, "CORROBORATED", "");
  await expect(statusForm(page).getByLabel("Rationale")).toHaveAccessibleDescription(
    /Say why: the rationale is required\./,
  );
  await propose(page, "CORROBORATED", "Reported by two outlets independently.");
  await expect(statusForm(page).getByLabel("New status")).toHaveAccessibleDescription(
    /at least two independent sources/,
  );
  await expect(statusForm(page).getByLabel("Rationale")).toHaveValue("Reported by two outlets independently.");

  await addQuote(page, db, { id: claimId, statement }, VOA, VOA_QUOTE);
  const quotes = section(page, "Quotes");
  await expect(quotes.getByRole("listitem")).toHaveCount(2);
  await expect(quotes).toContainText("Middle East Forum");
  await expect(quotes).toContainText("Voice of America");

  await propose(page, "CORROBORATED", "Reported by two outlets independently.");
  const pending = section(page, "Review and publication");
  await expect(pending).toContainText("Waiting for review: status change");
  await expect(pending).toContainText("Reported by two outlets independently.");

  // Editors do not decide: the queue does not exist for them.
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();

  const reviewer = await pageAs(browser, "REVIEWER");
  await reviewer.goto("/review");
  const card = reviewer.getByRole("article", { name: statement });
  await expect(card).toContainText("Middle East Forum");
  await expect(card).toContainText("Voice of America");
  await expect(card).toContainText("Reported by two outlets independently.");
  // Rejecting needs a reason, given beside the comment field; nothing is decided without one.
  await card.getByRole("button", { name: "Reject" }).click();
  await expect(card.getByLabel("Comment")).toHaveAccessibleDescription(/Say why you reject it\./);
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(card).toHaveCount(0);

  // The claim is still an internal draft: the public sees nothing until its publication is approved.
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/claims/${claimId}`))?.status()).toBe(404);
  await page.goto(`/desk/claims/${claimId}`);
  await waitForHydration(page.locator("summary").first());
  await openProposal(page, "Propose to publish");
  const publish = page.getByRole("form", { name: "Propose to publish" });
  await publish.getByLabel("Rationale").fill("Corroborated by two outlets; ready for readers.");
  await publish.getByRole("button", { name: "Propose to publish" }).click();
  await expect(section(page, "Review and publication")).toContainText("Waiting for review: publication");
  await reviewer.goto("/review");
  const publication = reviewer.getByRole("article", { name: statement });
  await waitForHydration(publication.getByRole("button", { name: "Approve" }));
  await publication.getByLabel("Public summary").fill("Two outlets report the operations independently.");
  await publication.getByRole("button", { name: "Approve" }).click();
  await expect(publication).toHaveCount(0);

  await reader.goto(`/claims/${claimId}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(statement);
  await expect(reader.getByRole("main")).toContainText("Corroborated");
  const history = reader.getByRole("region", { name: "History" });
  await expect(history).toContainText(`approved by ${DEMO_STAFF.REVIEWER.name}`);
  // Proposals are staff business; only the approved change is public.
  await expect(history).not.toContainText("Proposed:");
  expect((await (await reader.request.get(`/api/v1/claims/${claimId}`)).json()).status).toBe("CORROBORATED");

  // Public pages are cached; a decision expires, at once, every one it changes. The claim page and
  // the article quoting it are in the cache now; the very next request of each shows the new status.
  const articleId = await articleIdByHeadline(db, MEF);
  await reader.goto(`/articles/${articleId}`);
  await expect(reader.locator(`mark a[aria-describedby~="claim-${claimId}"]`).first()).toHaveAttribute(
    "title",
    /Corroborated claim/,
  );
  await page.goto(`/desk/claims/${claimId}`);
  await waitForHydration(page.locator("summary").first());
  await propose(page, "UNVERIFIED", "One of the two outlets withdrew its report.");
  await expect(section(page, "Review and publication")).toContainText("Waiting for review: status change");
  await reviewer.goto("/review");
  const downgrade = reviewer.getByRole("article", { name: statement });
  await waitForHydration(downgrade.getByRole("button", { name: "Approve" }));
  await downgrade.getByLabel("Public summary").fill("One outlet withdrew its report; one source remains.");
  await downgrade.getByRole("button", { name: "Approve" }).click();
  await expect(downgrade).toHaveCount(0);
  await reader.goto(`/claims/${claimId}`);
  expect(await reader.locator('script[type="application/ld+json"]').textContent()).toContain(
    '"alternateName":"Unverified"',
  );
  await expect(reader.getByRole("region", { name: "History" })).toContainText("One outlet withdrew its report");
  // Verdict first: the reviewer's reasoning sits right under the statement, with the decision's date.
  const verdict = reader.locator("h1 + div");
  await expect(verdict.locator("p").first()).toHaveText("One outlet withdrew its report; one source remains.");
  await expect(verdict).toContainText(`Last decision:`);
  await expect(verdict).toContainText(`approved by ${DEMO_STAFF.REVIEWER.name}`);
  await reader.goto(`/articles/${articleId}`);
  await expect(reader.locator(`mark a[aria-describedby~="claim-${claimId}"]`).first()).toHaveAttribute(
    "title",
    /Unverified claim/,
  );
  // The claim's JSON, cached since it was requested right after publication, is expired by the same
  // rule as the pages: the very next request shows the new status.
  const json = await reader.request.get(`/api/v1/claims/${claimId}`);
  expect((await json.json()).status).toBe("UNVERIFIED");
});

test("an Arabic statement reads right to left on the public page", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await login(page, "EDITOR");
  const statement = `قال المحلل إن نحو ألف مقاتل من داعش ينشطون في الصحراء (${tag()})`;
  const claimId = await createClaim(page, statement);
  await waitForHydration(page.locator("summary").first());
  await openProposal(page, "Propose to publish");
  const publish = page.getByRole("form", { name: "Propose to publish" });
  await publish.getByLabel("Rationale").fill("An analyst's estimate, quoted as given.");
  await publish.getByRole("button", { name: "Propose to publish" }).click();
  await expect(section(page, "Review and publication")).toContainText("Waiting for review: publication");

  const reviewer = await pageAs(browser, "REVIEWER");
  await reviewer.goto("/review");
  const card = reviewer.getByRole("article", { name: statement });
  await waitForHydration(card.getByRole("button", { name: "Approve" }));
  await card.getByLabel("Public summary").fill("Published as unverified: one source.");
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(card).toHaveCount(0);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/claims/${claimId}`);
  const heading = reader.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(statement);
  await expect(heading).toHaveAttribute("dir", "auto");
  expect(await heading.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  // The page around it stays left to right.
  expect(await reader.locator("main").evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
});

test("a reviewer sees no approve or reject buttons on their own proposal", async ({ page }) => {
  await login(page, "REVIEWER");
  const statement = `ISIS remnants remain active in Diyala (e2e ${tag()})`;
  await createClaim(page, statement);

  const evidence = section(page, "Evidence");
  await evidence.getByLabel("External page").check();
  await evidence.getByLabel("Address of the page").fill("https://example.org/diyala-report");
  await evidence.getByLabel("Title").fill("Diyala security report");
  await evidence.getByLabel("Note (optional)").fill("The report says the cells were dispersed, not active.");
  await evidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(evidence.getByRole("listitem").filter({ hasText: "Diyala security report" })).toHaveCount(1);

  // Evidence whose note explains the disagreement is what "conflicting" needs.
  await openProposal(page, "Propose the status change");
  await statusForm(page).getByLabel("External page: Diyala security report").check();
  await propose(page, "CONFLICTING", "The report disputes it.");
  await expect(section(page, "Review and publication")).toContainText("Waiting for review: status change");
  await expect(section(page, "Review and publication")).toContainText(
    "Waiting for another reviewer. You cannot decide your own proposal; another reviewer must.",
  );

  await page.goto("/review");
  const card = page.getByRole("article", { name: statement });
  await expect(card).toContainText("You cannot decide your own proposal; another reviewer must.");
  await expect(card).toContainText("Cited");
  await expect(card.getByRole("button", { name: /Approve|Reject/ })).toHaveCount(0);
});

test("links and quote evidence are made from the claim page and shown on both claims", async ({ page }) => {
  await login(page, "EDITOR");
  const otherTag = tag();
  const other = `ISIS cells remain in the Hamrin mountains (e2e ${otherTag})`;
  await createClaim(page, other);
  const statement = `ISIS fighters in Iraq number in the thousands (e2e ${tag()})`;
  const claimId = await createClaim(page, statement);

  const links = section(page, "Linked claims");
  await links.getByRole("searchbox", { name: "Find the other claim" }).fill(otherTag);
  await links.getByRole("button", { name: "Search" }).click();
  await links.getByRole("button", { name: `Pick: ${other}` }).click();
  await expect(links).toContainText(`Other claim: ${other}`);
  await links.getByLabel("How they relate").selectOption("CORROBORATES");
  await links.getByLabel("Note").fill("Same order of magnitude.");
  await links.getByRole("button", { name: "Link claims" }).click();
  const link = links.getByRole("listitem").filter({ hasText: "Same order of magnitude." });
  await expect(link).toContainText("Corroborates");

  const evidence = section(page, "Evidence");
  await evidence.getByLabel("Quote of another claim").check();
  await evidence.getByRole("searchbox", { name: /Find the claim/ }).fill("3,500 to 4,000 combatants");
  await evidence.getByRole("button", { name: "Search" }).click();
  await evidence
    .getByRole("button", { name: /^Pick: / })
    .first()
    .click();
  await evidence.getByRole("radio", { name: /3,500/ }).first().check();
  await evidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(evidence.getByRole("listitem").filter({ hasText: "Quoted for another claim" })).toHaveCount(1);

  const comments = section(page, "Comments");
  await comments.getByRole("button", { name: "Add comment" }).click();
  await expect(comments.getByLabel("Comment (staff only)")).toHaveAccessibleDescription(
    "Write a comment. 0 of 4,000 characters",
  );
  await comments.getByLabel("Comment (staff only)").fill("Check the scope before comparing.");
  await comments.getByRole("button", { name: "Add comment" }).click();
  await expect(comments.getByRole("listitem")).toContainText("Check the scope before comparing.");

  // The other claim shows the link the other way round; unlinking there shows in both histories.
  await link.getByRole("link").click();
  const back = section(page, "Linked claims").getByRole("listitem").filter({ hasText: statement });
  await expect(back).toContainText("Corroborated by");
  await back.getByRole("button", { name: "Unlink" }).click();
  await expect(back).toHaveCount(0);
  await page.goto(`/desk/claims/${claimId}`);
  const history = section(page, "History");
  await expect(history).toContainText("Unlinked: this claim corroborates");
  // Each entry shows its position in the claim's hash chain.
  await expect(history.getByRole("listitem").first()).toContainText("#1");
});

test("the claim editor shows errors beside the statement and keeps everything typed", async ({ page }) => {
  await login(page, "EDITOR");
  await createClaim(page, `A claim to edit (e2e ${tag()})`);
  const editor = section(page, "Claim");
  const statement = editor.getByLabel("Claim, in one checkable sentence");

  for (const [text, message] of [
    ["", "Write the claim."],
    ["x".repeat(300), "At most 280 characters."],
  ] as const) {
    // The box takes at most the limit; a client without maxlength meets the server's refusal.
    await statement.evaluate((box) => box.removeAttribute("maxlength"));
    await statement.fill(text);
    await editor.getByLabel("Or a new speaker's name").fill("Yahya Rasool");
    await editor.getByLabel("Internal notes").fill("Typed before saving.");
    await editor.getByRole("button", { name: "Save claim" }).click();
    // The error, then the count: the message is tied to the field, not only shown near it.
    await expect(statement).toHaveAccessibleDescription(`${message} ${text.length} of 280 characters`);
    await expect(statement).toHaveAttribute("aria-invalid", "true");
    await expect(statement).toHaveValue(text);
    await expect(editor.getByLabel("Or a new speaker's name")).toHaveValue("Yahya Rasool");
    await expect(editor.getByLabel("Internal notes")).toHaveValue("Typed before saving.");
  }
});

const statusForm = (page: Page) => page.getByRole("form", { name: "Propose the status change" });

/** Opens one of the claim workspace's proposal forms (each sits in its own disclosure). */
async function openProposal(page: Page, name: string) {
  const summary = page.locator("summary").filter({ hasText: name });
  const details = page.locator("details").filter({ has: summary });
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await summary.click();
}

async function propose(page: Page, to: string, rationale: string) {
  await openProposal(page, "Propose the status change");
  const form = statusForm(page);
  await form.getByLabel("New status").selectOption(to);
  await form.getByLabel("Rationale").fill(rationale);
  await form.getByRole("button", { name: "Propose the status change" }).click();
}

// ---------------------------------------------------------------------------------------------
// Steps on other screens: the new-claim page and the article workspace.

/** Creates a public claim on a new subject through /desk/claims/new; returns its id, on its page. */
async function createClaim(page: Page, statement: string): Promise<string> {
  await page.goto("/desk/claims/new");
  await page.getByLabel("Claim, in one checkable sentence").fill(statement);
  await page.getByLabel("Or a new subject").fill(`E2E subject ${tag()}`);
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(statement);
  return new URL(page.url()).pathname.split("/").pop()!;
}
