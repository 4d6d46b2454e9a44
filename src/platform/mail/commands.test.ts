import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { createTestDb } from "../testing/test-db.ts";
import { enqueueMail } from "./commands.ts";

describe("enqueueMail (transactional outbox)", () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db?.close());

  const count = async () =>
    (await db.query<{ n: number }>("SELECT count(*) AS n FROM mail_outbox"))[0]?.n;

  it("leaves nothing in the outbox when the caller's transaction rolls back", async () => {
    const before = await count();
    await expect(
      db.transaction(async (tx) => {
        await enqueueMail(tx, {
          to: "requerant@example.org",
          subject: "Accusé de réception",
          text: "Bonjour",
          attachments: [
            { filename: "a.pdf", contentType: "application/pdf", content: new Uint8Array([1]) },
          ],
        });
        throw new Error("the command failed after writing its mail");
      }),
    ).rejects.toThrow("the command failed");
    expect(await count()).toBe(before);
    expect((await db.query("SELECT 1 FROM mail_attachments")).length).toBe(0);
  });

  it("keeps a committed mail queued, with its attachments in order and its subject", async () => {
    const id = await db.transaction((tx) =>
      enqueueMail(tx, {
        to: "responsable@example.org",
        subject: "Nouvelle demande 202311-76",
        text: "Une demande vous est confiée.",
        attachments: [
          {
            filename: "decision.pdf",
            contentType: "application/pdf",
            content: new Uint8Array([37, 80, 68, 70]),
          },
          {
            filename: "liste.txt",
            contentType: "text/plain",
            content: new TextEncoder().encode("x"),
          },
        ],
        subjectType: "AccessRequest",
        subjectId: "202311-76",
      }),
    );
    const [mail] = await db.query<Record<string, unknown>>(
      "SELECT to_address, status, attempts, subject_type, subject_id, sent_at FROM mail_outbox WHERE id = $1",
      [id],
    );
    expect(mail).toEqual({
      to_address: "responsable@example.org",
      status: "queued",
      attempts: 0,
      subject_type: "AccessRequest",
      subject_id: "202311-76",
      sent_at: null,
    });
    const files = await db.query<{ position: number; filename: string; content: Uint8Array }>(
      "SELECT position, filename, content FROM mail_attachments WHERE mail_id = $1 ORDER BY position",
      [id],
    );
    expect(files.map((f) => [f.position, f.filename])).toEqual([
      [1, "decision.pdf"],
      [2, "liste.txt"],
    ]);
    expect([...(files[0]?.content ?? [])]).toEqual([37, 80, 68, 70]);
  });

  it("refuses a bad mail without quoting its address (errors reach the logs)", async () => {
    const attempt = (mail: Parameters<typeof enqueueMail>[1]) =>
      db.transaction((tx) => enqueueMail(tx, mail)).catch((e: Error) => e.message);
    const noAt = await attempt({ to: "requerant.example.org", subject: "s", text: "t" });
    expect(noAt).toBe("enqueueMail: invalid recipient address");
    expect(await attempt({ to: "x@example.org", subject: "", text: "t" })).toMatch(/subject/);
    expect(await count()).toBe(1);
  });

  it("refuses a related subject type without its id", async () => {
    await expect(
      db.transaction((tx) =>
        enqueueMail(tx, {
          to: "a@example.org",
          subject: "s",
          text: "t",
          subjectType: "AccessRequest",
        }),
      ),
    ).rejects.toThrow();
  });
});
