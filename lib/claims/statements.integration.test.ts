import { beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeStaff, publishClaim } from "../../test/factories";
import { countingStatements } from "../../test/statements";
import { addComment, createClaim, addQuote } from "./mutations";
import { getPublicClaim } from "./queries";

/**
 * The public claim page's data costs the same few statements however long the claim's history is
 * (issue: a claim with 2,000 events took 76 statements and 1.3 s); the history shown is bounded.
 */
const countStatements = countingStatements();
let short = "";
let long = "";

beforeAll(async () => {
  const editor = await makeStaff("EDITOR");
  const reviewer = await makeStaff("REVIEWER");
  const article = await makeArticle(editor, "One sentence with 1,000 fighters.\n\nAnother with 2,000 fighters.");
  const claims = [];
  for (const [statement, exact] of [
    ["A claim with a short history", "1,000 fighters"],
    ["A claim with a long history", "2,000 fighters"],
  ]) {
    const claim = await createClaim(editor, { statement, newSubjectName: `Statements ${statement}` });
    await addQuote(editor, claim.id, { articleId: article.id, exact });
    await publishClaim(claim.id, editor, reviewer);
    claims.push(claim.id);
  }
  [short, long] = claims;
  for (let i = 0; i < 200; i += 1) await addComment(editor, long, { body: `Staff note ${i}` });
}, 120_000);

describe("the public claim page", () => {
  it("costs the same statements with a short history and with 200 more events, at most 5", async () => {
    const few = await countStatements(() => getPublicClaim(short));
    const many = await countStatements(() => getPublicClaim(long));
    console.info(`[statements] claim page: ${few} with a short history, ${many} with 200 more events`);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });
});
