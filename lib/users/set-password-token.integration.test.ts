import { describe, expect, it, vi } from "vitest";
import { makeStaff } from "../../test/factories";
import { createUser, issueSetPasswordLink, setPasswordWithToken, setUserActive } from "./mutations";
import { setPasswordLinkStands } from "./queries";

const tokenOf = (link: string) => link.split("/set-password/")[1];
const fresh = async () => {
  const user = await createUser("system", {
    email: `link-${Math.random().toString(36).slice(2)}@newsroom.test`,
    name: "Link",
    role: "EDITOR",
  });
  return { id: user.id, token: tokenOf(user.setPasswordLink!) };
};

describe("checking a set-password link before a password is typed", () => {
  it("stands for a fresh link and not once it is spent", async () => {
    const { token } = await fresh();
    expect(await setPasswordLinkStands(token)).toBe(true);
    await setPasswordWithToken(token, "a long and unusual phrase");
    expect(await setPasswordLinkStands(token)).toBe(false);
  });

  it("does not stand for a made-up, malformed, replaced or expired link, or a deactivated account", async () => {
    expect(await setPasswordLinkStands("x".repeat(43))).toBe(false);
    expect(await setPasswordLinkStands("not a token")).toBe(false);
    expect(await setPasswordLinkStands("y".repeat(5000))).toBe(false);

    const admin = await makeStaff("ADMIN");
    const replaced = await fresh();
    await issueSetPasswordLink(admin, replaced.id);
    expect(await setPasswordLinkStands(replaced.token)).toBe(false);

    const deactivated = await fresh();
    await setUserActive(admin, deactivated.id, false);
    expect(await setPasswordLinkStands(deactivated.token)).toBe(false);

    const expiring = await fresh();
    vi.useFakeTimers({ now: Date.now() + 25 * 3600_000, toFake: ["Date"] });
    try {
      expect(await setPasswordLinkStands(expiring.token)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    expect(await setPasswordLinkStands(expiring.token)).toBe(true);
  });
});
