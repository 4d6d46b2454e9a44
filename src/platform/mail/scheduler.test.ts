import nodemailer from "nodemailer";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { createTestDb } from "../testing/test-db.ts";
import { enqueueMail } from "./commands.ts";
import { startMailDispatcher } from "./scheduler.ts";

describe("startMailDispatcher", () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db?.close());

  it("sends at start and on each tick, and stop() waits for the run under way", async () => {
    await db.transaction((tx) =>
      enqueueMail(tx, { to: "a@example.org", subject: "Un", text: "." }),
    );
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const dispatcher = startMailDispatcher(db, transport, pino({ level: "silent" }), 50);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await db.transaction((tx) =>
      enqueueMail(tx, { to: "b@example.org", subject: "Deux", text: "." }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await dispatcher.stop();
    const rows = await db.query<{ subject: string; status: string }>(
      "SELECT subject, status FROM mail_outbox ORDER BY subject",
    );
    expect(rows).toEqual([
      { subject: "Deux", status: "sent" },
      { subject: "Un", status: "sent" },
    ]);
  });
});
