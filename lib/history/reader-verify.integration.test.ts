import { beforeAll, describe, expect, it } from "vitest";
import { makeStaff, proposeStatus, publishClaim } from "../../test/factories";
import { addComment, addEvidence, createClaim } from "../claims/mutations";
import { decideProposal } from "../reviews/mutations";
import { writeCheckpoint } from "./mutations";
import { publicHistoryDocument } from "./queries";
import { verifyPublicHistory, type PublicHistoryDocument } from "./reader-verify";

/** The reader's verifier on a real history: a claim published, corroborated, commented on, checkpointed. */
let doc: PublicHistoryDocument;
const copy = () => JSON.parse(JSON.stringify(doc)) as PublicHistoryDocument;

beforeAll(async () => {
  const editor = await makeStaff("EDITOR");
  const reviewer = await makeStaff("REVIEWER");
  const claim = await createClaim(editor, { statement: "A verifiable claim", newSubjectName: "Verifier" });
  await addEvidence(editor, claim.id, { kind: "EXTERNAL_URL", url: "https://example.org/one" });
  await addEvidence(editor, claim.id, { kind: "EXTERNAL_URL", url: "https://example.net/two" });
  await publishClaim(claim.id, editor, reviewer);
  await addComment(editor, claim.id, { body: "A staff comment: its words never leave the staff side." });
  const review = await proposeStatus(editor, { claimId: claim.id, to: "CORROBORATED", rationale: "Staff-only why." });
  await decideProposal(reviewer, { reviewId: review.id, decision: "APPROVED", publicSummary: "Two sources agree." });
  await writeCheckpoint();
  await addComment(editor, claim.id, { body: "After the checkpoint." });
  doc = await publicHistoryDocument(claim.id);
});

describe("the reader's verifier", () => {
  it("verifies a real history, its checkpoint signature and its inclusion, without seeing staff content", async () => {
    const result = await verifyPublicHistory(doc);
    expect(result.lines.join("\n")).toMatch(/Checkpoint #\d+ of .*: signed by key/);
    expect(result.lines.join("\n")).toMatch(/Included in checkpoint #\d+ .* 1 later event\(s\) continue the chain/);
    expect(result).toMatchObject({ ok: true, lines: expect.arrayContaining(["Verified."]) });
    const text = JSON.stringify(doc);
    expect(text).not.toContain("A staff comment");
    expect(text).not.toContain("Staff-only why.");
    expect(doc.events.some((e) => !e.shown)).toBe(true);
  });

  it("refuses a history with an event removed", async () => {
    const tampered = copy();
    tampered.events.splice(2, 1);
    const result = await verifyPublicHistory(tampered);
    expect(result.ok).toBe(false);
    expect(result.lines.join("\n")).toMatch(/out of place|does not link/);
  });

  it("refuses a history with an event changed", async () => {
    const tampered = copy();
    const published = tampered.events.find((e) => e.shown && e.kind === "PUBLISHED")!;
    (published as { payload: { summary: string } }).payload.summary = "Approved without reading it.";
    const result = await verifyPublicHistory(tampered);
    expect(result.ok).toBe(false);
    expect(result.lines).toContainEqual(expect.stringMatching(/\(PUBLISHED\): its content does not match its hash/));
  });

  it("refuses a history with an event added", async () => {
    const tampered = copy();
    const last = tampered.events.at(-1)!;
    const template = tampered.events.find((e) => e.shown && e.kind === "PUBLISHED")!;
    // A forged approval appended at the head, linked to it: its hash cannot match without the real header.
    tampered.events.push({
      ...template,
      seq: last.seq + 1,
      prevHash: last.hash,
    } as PublicHistoryDocument["events"][number]);
    const added = await verifyPublicHistory(tampered);
    expect(added.ok).toBe(false);
    expect(added.lines).toContainEqual(expect.stringMatching(/\(PUBLISHED\) does not match its hash/));
    // One slipped in between two events breaks the links and the numbering.
    const inserted = copy();
    inserted.events.splice(1, 0, { ...template, seq: 2 } as PublicHistoryDocument["events"][number]);
    expect((await verifyPublicHistory(inserted)).ok).toBe(false);
  });

  it("refuses a checkpoint whose signature or inclusion was altered", async () => {
    const forged = copy();
    forged.checkpoint!.root = "00".repeat(32);
    expect((await verifyPublicHistory(forged)).lines.join("\n")).toMatch(/not signed by a published key/);
    const moved = copy();
    moved.inclusion!.head = "11".repeat(32);
    expect((await verifyPublicHistory(moved)).lines.join("\n")).toMatch(/head is not in checkpoint/);
  });
});
