import type { Config } from "../config/env.ts";
import type { Db } from "../db/client.ts";
import type { Lang } from "../i18n/i18n.ts";
import type { Logger } from "../log/logger.ts";
import type { Policy } from "../policy/policy.ts";
import type { Actor } from "../policy/roles.ts";

/** What the web layer is built from; tests pass their own database and clock. */
export type Deps = {
  db: Db;
  config: Config;
  logger: Logger;
  policy: Policy;
  now: () => Date;
  /** The reference data import that follows a start; absent (tests, the CLI) means done. */
  referenceData?: ReferenceDataState;
};

export type ReferenceDataState = { state: "running" | "done" | "failed" };

export type SessionInfo = { expiresAt: Date; mustChangePassword: boolean };

export type AppEnv = {
  Variables: {
    deps: Deps;
    requestId: string;
    log: Logger;
    lang: Lang;
    /** The request path without its /en prefix: what the language switch links to. */
    pagePath: string;
    actor: Actor;
    session: SessionInfo | undefined;
    /** The token every form of the page must send back (see csrf middleware). */
    csrfToken: string;
    secure: boolean;
  };
};
