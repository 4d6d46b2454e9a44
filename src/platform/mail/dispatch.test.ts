import { Writable } from "node:stream";
import nodemailer from "nodemailer";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config/env.ts";
import type { Db } from "../db/client.ts";
import { createLogger } from "../log/logger.ts";
import { createTestDb } from "../testing/test-db.ts";
import { enqueueMail } from "./commands.ts";
import { describeFailure, dispatchOutbox, MAX_ATTEMPTS } from "./dispatch.ts";
import { startSmtpTestServer } from "./smtp-test-server.ts";
import { mailTransportFromConfig } from "./transport.ts";

const REQUESTER = "marie.tremblay@example.org";
const BODY = "Madame, nous accusons réception de votre demande du 20 décembre 2023.";
const PDF = new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55]);

/** Pino lines written during a test, as text. */
function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ logLevel: "info" }, sink), text: () => lines.join("") };
}

describe("dispatchOutbox", () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db?.close());
  beforeEach(async () => {
    await db.query("DELETE FROM mail_outbox");
  });

  const enqueue = (to = REQUESTER) =>
    db.transaction((tx) =>
      enqueueMail(tx, {
        to,
        subject: "Accusé de réception – demande 202311-76",
        text: BODY,
        attachments: [
          { filename: "accuse-reception.pdf", contentType: "application/pdf", content: PDF },
        ],
        subjectType: "AccessRequest",
        subjectId: "202311-76",
      }),
    );
  const row = async (id: string) =>
    (
      await db.query<{
        status: string;
        attempts: number;
        last_error: string | null;
        sent_at: Date | null;
        next_attempt_at: Date | null;
      }>(
        "SELECT status, attempts, last_error, sent_at, next_attempt_at FROM mail_outbox WHERE id = $1",
        [id],
      )
    )[0];

  it("sends through nodemailer's JSON transport and marks the mail sent", async () => {
    const id = await enqueue();
    const messages: string[] = [];
    const json = nodemailer.createTransport(
      { jsonTransport: true },
      { from: "Alliage <no-reply@alliage.invalid>" },
    );
    const transport = {
      sendMail: async (mail: Parameters<typeof json.sendMail>[0]) => {
        const info = await json.sendMail(mail);
        messages.push(info.message);
        return info;
      },
      close: () => json.close(),
    };
    const now = new Date(Date.now() + 1000);
    expect(await dispatchOutbox(db, transport, { now: () => now })).toEqual({
      sent: 1,
      failed: 0,
      kept: 0,
    });
    const sent = JSON.parse(messages[0] ?? "{}");
    expect(sent.to).toEqual([{ address: REQUESTER, name: "" }]);
    expect(sent.from).toEqual({ address: "no-reply@alliage.invalid", name: "Alliage" });
    expect(sent.text).toBe(BODY);
    expect(sent.attachments[0].filename).toBe("accuse-reception.pdf");
    expect(sent.attachments[0].contentType).toBe("application/pdf");
    expect(Buffer.from(sent.attachments[0].content, "base64")).toEqual(Buffer.from(PDF));
    expect(await row(id)).toMatchObject({
      status: "sent",
      attempts: 1,
      sent_at: now,
      next_attempt_at: null,
    });
    // A sent mail is never sent again.
    expect(await dispatchOutbox(db, transport)).toEqual({ sent: 0, failed: 0, kept: 0 });
  });

  it("sends over SMTP with SMTP_URL and MAIL_FROM, logging only the id and status", async () => {
    const smtp = await startSmtpTestServer();
    try {
      const config = loadConfig({ SMTP_URL: smtp.url, MAIL_FROM: "Accès <acces@alliage.example>" });
      const log = capturedLogger();
      const id = await enqueue();
      const result = await dispatchOutbox(db, mailTransportFromConfig(config), {
        logger: log.logger,
      });
      expect(result.sent).toBe(1);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]?.from).toBe("acces@alliage.example");
      expect(smtp.received[0]?.to).toEqual([REQUESTER]);
      expect(smtp.received[0]?.data).toContain("filename=accuse-reception.pdf");
      expect((await row(id))?.status).toBe("sent");
      expect(log.text()).toContain(id);
      expect(log.text()).toContain('"status":"sent"');
      expect(log.text()).not.toContain(REQUESTER);
      expect(log.text()).not.toContain("réception");
    } finally {
      await smtp.close();
    }
  });

  it("records a refusal without the address, retries later with a growing delay", async () => {
    const smtp = await startSmtpTestServer({ reject: [REQUESTER] });
    try {
      const transport = mailTransportFromConfig(loadConfig({ SMTP_URL: smtp.url }));
      const log = capturedLogger();
      const id = await enqueue();
      const t0 = new Date(Date.now() + 1000);
      expect(await dispatchOutbox(db, transport, { now: () => t0, logger: log.logger })).toEqual({
        sent: 0,
        failed: 1,
        kept: 0,
      });
      const first = await row(id);
      expect(first?.status).toBe("failed");
      expect(first?.attempts).toBe(1);
      expect(first?.last_error).toContain("550");
      expect(first?.last_error).not.toContain(REQUESTER);
      expect(first?.next_attempt_at).toEqual(new Date(t0.getTime() + 60_000));
      expect(log.text()).toContain(id);
      expect(log.text()).not.toContain(REQUESTER);

      // Not due yet: left alone.
      const early = new Date(t0.getTime() + 30_000);
      expect((await dispatchOutbox(db, transport, { now: () => early })).failed).toBe(0);
      expect((await row(id))?.attempts).toBe(1);

      const t1 = new Date(t0.getTime() + 60_000);
      await dispatchOutbox(db, transport, { now: () => t1 });
      const second = await row(id);
      expect(second?.attempts).toBe(2);
      expect(second?.next_attempt_at).toEqual(new Date(t1.getTime() + 2 * 60_000));
    } finally {
      await smtp.close();
    }
  });

  it("gives up after the last attempt", async () => {
    const id = await enqueue();
    await db.query("UPDATE mail_outbox SET attempts = $2 - 1 WHERE id = $1", [id, MAX_ATTEMPTS]);
    // Nothing listens on port 9 of the loopback interface (discard): the connection is refused.
    const transport = mailTransportFromConfig(loadConfig({ SMTP_URL: "smtp://127.0.0.1:9" }));
    expect((await dispatchOutbox(db, transport)).failed).toBe(1);
    expect(await row(id)).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      next_attempt_at: null,
    });
    expect(
      (await dispatchOutbox(db, transport, { now: () => new Date(Date.now() + 86_400_000) }))
        .failed,
    ).toBe(0);
  });

  it("keeps queued mails, unsent, when no SMTP server is configured", async () => {
    const id = await enqueue();
    const transport = mailTransportFromConfig(loadConfig({}));
    expect(transport).toBeUndefined();
    expect(await dispatchOutbox(db, transport, { logger: pino({ level: "silent" }) })).toEqual({
      sent: 0,
      failed: 0,
      kept: 1,
    });
    expect(await row(id)).toMatchObject({ status: "kept", attempts: 0, sent_at: null });
  });

  it("sends at most limit mails in one run", async () => {
    for (let i = 0; i < 3; i++) await enqueue(`personne${i}@example.org`);
    const json = nodemailer.createTransport({ jsonTransport: true });
    expect((await dispatchOutbox(db, json, { limit: 2 })).sent).toBe(2);
    expect((await dispatchOutbox(db, json, { limit: 2 })).sent).toBe(1);
  });
});

describe("describeFailure", () => {
  it("blanks the recipient and any other address out of an SMTP reply", () => {
    const err = Object.assign(
      new Error(
        "Can't send mail - all recipients were rejected: 550 <Jo@Ex.org> unknown; see postmaster@relay.example",
      ),
      {
        code: "EENVELOPE",
        responseCode: 550,
      },
    );
    const text = describeFailure(err, "Jo@Ex.org");
    expect(text).toBe(
      "EENVELOPE 550 Can't send mail - all recipients were rejected: 550 <[destinataire]> unknown; see [adresse]",
    );
  });
});
