import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "../config/env.ts";

/** What the dispatcher needs of a nodemailer transporter. */
export type MailTransport = Pick<Transporter, "sendMail" | "close">;

/**
 * The SMTP transport of SMTP_URL, every mail sent from MAIL_FROM; none without SMTP_URL, and
 * then the dispatcher keeps mails in the outbox instead of sending them.
 */
export function mailTransportFromConfig(
  config: Pick<Config, "smtpUrl" | "mailFrom">,
): MailTransport | undefined {
  if (!config.smtpUrl) return undefined;
  return nodemailer.createTransport(
    {
      url: config.smtpUrl,
      // nodemailer waits minutes by default: a stalled server would hold back every later mail.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    },
    { from: config.mailFrom },
  );
}
