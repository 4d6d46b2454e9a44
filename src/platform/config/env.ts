import path from "node:path";
import { z } from "zod";
import { type OidcProvider, oidcProvidersFrom } from "./oidc.ts";

// "a@b.c" or "Name <a@b.c>", on one line: it becomes the From header of every mail.
const MAILBOX = /^(?:[^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/;

/** Settings whose value may hold a password: an error names them but never repeats them. */
const SECRET_SETTINGS = new Set(["SMTP_URL"]);

/** The only reader of process.env: every setting is validated once, at start-up. */
const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "doit commencer par postgres:// / must start with postgres://")
    .optional(),
  ALLIAGE_DATA_DIR: z.string().min(1).default(".alliage"),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LANG: z.string().default("fr_CA.UTF-8"),
  SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      error: "doit être smtp:// ou smtps:// / must be smtp:// or smtps://",
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(MAILBOX, "adresse invalide / invalid address (Nom <adresse@domaine>)")
    .default("Alliage <no-reply@alliage.invalid>"),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string | undefined;
  trustProxy: boolean;
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  nodeEnv: z.infer<typeof schema>["NODE_ENV"];
  /** The command-line tool's language: English when the locale is English, French otherwise. */
  cliLang: "fr" | "en";
  /** smtp://user:pass@host:587; unset, mails stay in the outbox as "kept" (development, tests). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Government identity providers (OpenID Connect), from ALLIAGE_OIDC_*; none by default. */
  oidcProviders: OidcProvider[];
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Configuration invalide / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = schema.safeParse(cleaned);
  const oidc = oidcProvidersFrom(cleaned);
  if (!parsed.success || oidc.problems.length > 0) {
    throw new ConfigError([
      ...(parsed.error?.issues ?? []).map(
        (i) =>
          `${i.path.join(".")}: ${i.message}${SECRET_SETTINGS.has(String(i.path[0])) ? "" : ` (${JSON.stringify(cleaned[String(i.path[0])])})`}`,
      ),
      ...oidc.problems,
    ]);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.ALLIAGE_DATA_DIR),
    publicUrl: e.PUBLIC_URL,
    trustProxy: e.TRUST_PROXY,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    logLevel: e.LOG_LEVEL,
    nodeEnv: e.NODE_ENV,
    cliLang: e.LANG.toLowerCase().startsWith("en") ? "en" : "fr",
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    oidcProviders: oidc.providers,
  };
}
