import { describe, expect, it } from "vitest";
import { findTokenUser } from "../platform/auth/commands.ts";
import { AppError } from "../platform/errors/app-error.ts";
import { ROLES } from "../platform/policy/roles.ts";
import { FIRST_OPEN, useCliSandbox } from "./cli-sandbox.ts";

const sandbox = useCliSandbox();
const alliage = (argv: string[], extra: Record<string, string> = {}) => sandbox.run(argv, extra);

describe("alliage users", () => {
  // The first start of PGlite on a new data directory compiles and initialises it: seconds.
  it("creates an account, printing a 20-character one-time password", FIRST_OPEN, async () => {
    const run = await alliage(["users", "create", "--email", "a@b.org", "--role", "admin"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("a@b.org (admin)");
    expect(run.out.split("\n").at(-1)).toMatch(/^[A-Za-z0-9]{20}$/);
  });

  it("refuses an address already taken, whatever its case, in French by default", async () => {
    const run = await alliage(["users", "create", "--email", "A@B.org", "--role", "reviewer"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(new AppError("email_taken").messageIn("fr"));
    const en = await alliage(["users", "create", "--email", "a@b.org", "--role", "admin"], {
      LANG: "en_GB.UTF-8",
    });
    expect(en.code).toBe(1);
    expect(en.err).toContain(new AppError("email_taken").messageIn("en"));
  });

  it("refuses an unknown role, listing the possible ones", async () => {
    const run = await alliage(["users", "create", "--email", "c@b.org", "--role", "king"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("king");
    for (const role of ROLES) expect(run.err).toContain(role);
  });

  it("prints on stdout a token that authenticates its user", async () => {
    const run = await alliage(["users", "token", "--email", "a@b.org", "--days", "7"]);
    expect(run.code).toBe(0);
    const token = run.out.trim();
    expect(token).toMatch(/^alliage_\S+$/);
    expect(run.err).toContain("a@b.org");
    // The tool has closed the database: open it as the server would and present the token.
    const db = await sandbox.open();
    try {
      const user = await findTokenUser(db, token, new Date());
      expect(user).toMatchObject({ email: "a@b.org", role: "admin" });
      expect(await findTokenUser(db, `${token}x`, new Date())).toBeUndefined();
    } finally {
      await db.close();
    }
  });

  it("refuses a token for an unknown address", async () => {
    const run = await alliage(["users", "token", "--email", "nobody@b.org"]);
    expect(run.code).toBe(1);
    expect(run.out).toBe("");
    expect(run.err).toContain("[unknown_user]");
  });

  it("removes a second factor, and says when there is none", async () => {
    const db = await sandbox.open();
    try {
      const [user] = await db.query<{ id: string }>("SELECT id FROM users WHERE email = 'a@b.org'");
      await db.query(
        "INSERT INTO totp_factors (user_id, secret, enrolled_at, last_step) VALUES ($1, 'JBSWY3DPEHPK3PXP', now(), 0)",
        [user?.id],
      );
    } finally {
      await db.close();
    }
    const run = await alliage(["users", "reset-2fa", "--email", "a@b.org"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Deuxième facteur retiré pour a@b.org");
    const again = await alliage(["users", "reset-2fa", "--email", "a@b.org"], {
      LANG: "en_CA.UTF-8",
    });
    expect(again.out).toContain("a@b.org has no second factor");
    const check = await sandbox.open();
    try {
      expect(await check.query("SELECT 1 FROM totp_factors")).toHaveLength(0);
    } finally {
      await check.close();
    }
  });

  it("lists the accounts", async () => {
    const run = await alliage(["users", "list"]);
    expect(run.code).toBe(0);
    expect(run.out).toBe("a@b.org\tadmin\ta");
  });
});
