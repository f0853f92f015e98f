import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeStaff } from "../../../test/factories";
import type { Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { MAX_IMPORT_BYTES } from "./extract";
import { handleImportUpload } from "./upload";

let editor: Actor;
const TOKEN = randomBytes(32).toString("base64url");
const SITE = "http://127.0.0.1:3000";

const upload = (body: BodyInit, headers: Record<string, string>, actor: Actor | null = editor) =>
  handleImportUpload(
    new Request(`${SITE}/api/desk/import`, { method: "POST", body, headers, duplex: "half" } as RequestInit),
    async () => actor,
  );

const text = () => `A headline for an upload ${randomBytes(4).toString("hex")}\n\nThe body of the uploaded article.`;
const fromSite = { origin: SITE, host: "127.0.0.1:3000" };

beforeAll(async () => {
  editor = await makeStaff("EDITOR");
  process.env.CLAIMTRAIL_IMPORT_TOKEN = TOKEN;
});

describe("POST /api/desk/import", () => {
  it("stages a file sent by a signed-in editor from the site", async () => {
    const response = await upload(text(), { ...fromSite, "x-file-name": encodeURIComponent("été.txt") });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ status: "staged", paragraphs: 2 });
    expect((await db().articleImport.findUniqueOrThrow({ where: { id: body.importId } })).fileName).toBe("été.txt");
  });

  it("refuses a cross-site or anonymous request", async () => {
    const foreign = await upload(text(), { origin: "https://evil.example", host: "127.0.0.1:3000" });
    expect(foreign.status).toBe(403);
    const noOrigin = await upload(text(), { host: "127.0.0.1:3000" });
    expect(noOrigin.status).toBe(403);
    const anonymous = await upload(text(), fromSite, null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      error: { code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again." },
    });
  });

  it("answers 413 for a body over 2 MB, whether or not its length is declared, and 422 for binary data", async () => {
    const big = "a".repeat(MAX_IMPORT_BYTES + 1);
    const declared = await upload(big, { ...fromSite, "x-file-name": "big.txt" });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.message).toBe("“big.txt” is too large; the limit is 2 MB.");
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new Uint8Array(MAX_IMPORT_BYTES / 2));
        controller.close();
      },
    });
    expect((await upload(stream, { ...fromSite, "x-file-name": "streamed.txt" })).status).toBe(413);
    const binary = await upload(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), { ...fromSite, "x-file-name": "a.txt" });
    expect(binary.status).toBe(422);
    expect((await binary.json()).error.message).toBe("“a.txt” looks like a binary file, not text.");
  });

  it("accepts the local import token without a session or Origin, and refuses a wrong one", async () => {
    const { email } = await db().user.findUniqueOrThrow({ where: { id: editor.id }, select: { email: true } });
    const ok = await upload(text(), { authorization: `Bearer ${TOKEN}`, "x-claimtrail-as": email }, null);
    expect(ok.status).toBe(201);
    const wrong = await upload(text(), { authorization: `Bearer ${"x".repeat(43)}`, "x-claimtrail-as": email }, null);
    expect(wrong.status).toBe(401);
    const nobody = await upload(text(), { authorization: `Bearer ${TOKEN}`, "x-claimtrail-as": "no@one.test" }, null);
    expect(nobody.status).toBe(401);
  });
});
