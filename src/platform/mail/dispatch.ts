import type { Db } from "../db/client.ts";
import type { Logger } from "../log/logger.ts";
import { claimDueMails, keepQueuedMails, markFailed, markSent } from "./commands.ts";
import { attachmentsOf } from "./queries.ts";
import type { MailTransport } from "./transport.ts";

export type DispatchOptions = {
  /** At most this many mails are sent in one run. */
  limit?: number;
  now?: () => Date;
  logger?: Logger;
};

export type DispatchResult = { sent: number; failed: number; kept: number };

/** After this many failed attempts a mail stays "failed" and is not tried again. */
export const MAX_ATTEMPTS = 8;

// A mail being sent is leased for this long: if the process dies mid-send, it is tried again.
const LEASE_MS = 10 * 60_000;

/** Wait before the next attempt after the n-th failure: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** (attempts - 1) * 60_000, 6 * 3_600_000);
}

/**
 * Sends the mails that are due, each marked sent or failed (with a later retry); without a
 * transport (no SMTP_URL) the queued mails are marked "kept" and stay readable in the outbox.
 * Logs name only the mail's id and status: the recipient is often an access requester.
 */
export async function dispatchOutbox(
  db: Db,
  transport: MailTransport | undefined,
  options: DispatchOptions = {},
): Promise<DispatchResult> {
  const now = options.now ?? (() => new Date());
  const log = options.logger;
  const result: DispatchResult = { sent: 0, failed: 0, kept: 0 };
  if (!transport) {
    const kept = await keepQueuedMails(db);
    for (const id of kept) log?.info({ mailId: id, status: "kept" }, "courriel / mail");
    result.kept = kept.length;
    return result;
  }
  const started = now();
  const leaseUntil = new Date(started.getTime() + LEASE_MS);
  const claimed = await claimDueMails(db, started, leaseUntil, options.limit ?? 20);
  for (const mail of claimed) {
    const attachments = await attachmentsOf(db, mail.id);
    try {
      await transport.sendMail({
        to: mail.to_address,
        subject: mail.subject,
        text: mail.body_text,
        attachments: attachments.map((a) => ({
          filename: a.filename,
          contentType: a.content_type,
          content: Buffer.from(a.content),
        })),
      });
      await markSent(db, mail.id, now());
      result.sent++;
      log?.info({ mailId: mail.id, status: "sent", attempts: mail.attempts }, "courriel / mail");
    } catch (err) {
      const error = describeFailure(err, mail.to_address);
      const retry =
        mail.attempts >= MAX_ATTEMPTS
          ? null
          : new Date(now().getTime() + retryDelayMs(mail.attempts));
      await markFailed(db, mail.id, error, retry);
      result.failed++;
      log?.warn(
        { mailId: mail.id, status: "failed", attempts: mail.attempts, error },
        "courriel / mail",
      );
    }
  }
  return result;
}

/**
 * The reason a send failed, fit for the outbox and the logs: SMTP servers often quote the
 * recipient ("550 <x@y>: unknown user"), so every address is blanked out.
 */
export function describeFailure(err: unknown, address: string): string {
  const e = (typeof err === "object" && err !== null ? err : {}) as {
    code?: unknown;
    responseCode?: unknown;
    message?: unknown;
  };
  const message = typeof e.message === "string" ? e.message : String(err);
  const text = [e.code, e.responseCode, message].filter((part) => part !== undefined).join(" ");
  // The exact address first: the pattern below may miss an unusual one (quoted local part).
  return text
    .split(address)
    .join("[destinataire]")
    .replace(/[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g, "[adresse]")
    .slice(0, 500);
}
