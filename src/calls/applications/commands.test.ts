import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import { CLI_PERFORMER } from "../../platform/audit/commands.ts";
import { sha256Hex } from "./attachment.ts";
import {
  createApplication,
  remindUnsubmittedDrafts,
  saveDraft,
  submitApplication,
} from "./commands.ts";
import { completeDraft, createApplicant, insertCall, samplePdf } from "./test-fixtures.ts";

const OPENS = new Date("2026-01-15T14:00:00Z");
const CLOSES = new Date("2026-03-31T21:00:00Z");
const DURING = new Date("2026-03-01T15:00:00Z");

describe("application commands", () => {
  let t: TestApp;
  let call: Awaited<ReturnType<typeof insertCall>>;
  let pdf: Uint8Array;

  const draftFor = async (email: string, complete: boolean) => {
    const owner = await createApplicant(t.db, email);
    const id = await createApplication(t.db, CLI_PERFORMER, {
      callId: call.id,
      ownerId: owner.id,
      title: `Projet de ${email}`,
      language: "fr",
      now: DURING,
    });
    if (complete) {
      await saveDraft(t.db, CLI_PERFORMER, {
        applicationId: id,
        draft: completeDraft(pdf, call.requiredDocumentId),
        byOwner: true,
        now: DURING,
        siteUrl: "https://alliage.example",
      });
    }
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    call = await insertCall(t.db, { opensAt: OPENS, closesAt: CLOSES });
    pdf = await samplePdf();
  });
  afterAll(() => t?.close());

  it("numbers 10 concurrent submissions consecutively, each once", {
    timeout: 60_000,
  }, async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await draftFor(`concurrent-${i}@example.org`, true));
    const results = await Promise.all(
      ids.map((applicationId) =>
        submitApplication(t.db, CLI_PERFORMER, {
          applicationId,
          now: DURING,
          siteUrl: "https://alliage.example",
        }),
      ),
    );
    const references = results.map((r) => r.reference).sort();
    expect(references).toEqual(
      Array.from({ length: 10 }, (_, i) => `AAP-2026-01-${String(i + 1).padStart(4, "0")}`),
    );
    const versions = await t.db.query<{ snapshot: string; sha256: string }>(
      `SELECT snapshot, sha256 FROM application_versions WHERE application_id = ANY($1)`,
      [ids],
    );
    expect(versions).toHaveLength(10);
    for (const v of versions) expect(v.sha256).toBe(sha256Hex(v.snapshot));
  });

  it("keeps submitted versions immutable", async () => {
    await expect(
      t.db.query(`UPDATE application_versions SET sha256 = repeat('0', 64)`),
    ).rejects.toThrow(/never changed/);
  });

  it("reminds each unsubmitted draft's owner once, in the 48 hours before closing", async () => {
    const draft = await draftFor("reminded@example.org", false);
    const before = new Date(CLOSES.getTime() - 49 * 3600_000);
    const within = new Date(CLOSES.getTime() - 47 * 3600_000);
    const after = new Date(CLOSES.getTime() + 1000);
    const mailsTo = () =>
      t.db.query<{ subject: string; body_text: string }>(
        `SELECT subject, body_text FROM mail_outbox WHERE to_address = 'reminded@example.org'`,
      );

    expect(await remindUnsubmittedDrafts(t.db, before)).toBe(0);
    expect(await remindUnsubmittedDrafts(t.db, after)).toBe(0);
    expect(await mailsTo()).toHaveLength(0);

    // Only the draft: the ten applications submitted above get no reminder.
    expect(
      await remindUnsubmittedDrafts(t.db, within, { siteUrl: "https://alliage.example" }),
    ).toBe(1);
    const [mail] = await mailsTo();
    expect(mail?.subject).toContain("AAP-2026-01");
    expect(mail?.body_text).toContain(`https://alliage.example/candidatures/${draft}`);
    expect(mail?.body_text).toContain("heure de Paris");

    expect(await remindUnsubmittedDrafts(t.db, new Date(within.getTime() + 3600_000))).toBe(0);
    expect(await mailsTo()).toHaveLength(1);
  });
});
