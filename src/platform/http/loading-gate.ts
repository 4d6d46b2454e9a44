import type { MiddlewareHandler } from "hono";
import { fail } from "../errors/app-error.ts";
import type { AppEnv } from "./types.ts";

/**
 * While the embedded database imports the reference data, its one connection is held by the
 * import's transaction (imports are all or nothing): a page would wait seconds in silence.
 * It answers at once instead, 503 with Retry-After, saying what is happening; /healthz and the
 * stylesheet still answer. PostgreSQL serves other connections during an import: no gate.
 */
export function referenceDataGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { referenceData, db } = c.var.deps;
    if (referenceData?.state !== "running" || db.kind !== "pglite") return next();
    const path = c.var.pagePath;
    if (path === "/healthz" || path.startsWith("/static/")) return next();
    c.header("Retry-After", "3");
    throw fail("reference_data_loading");
  };
}
