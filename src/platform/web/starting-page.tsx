import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { raw } from "hono/html";
import type { Config } from "../config/env.ts";
import { fail } from "../errors/app-error.ts";
import { overHttps, requestLanguage } from "../http/request-context.ts";
import { securityHeaders } from "../http/security-headers.ts";
import type { AppEnv } from "../http/types.ts";
import { messages } from "../i18n/i18n.ts";
import { ANONYMOUS } from "../policy/roles.ts";
import { wantsJson } from "./error-boundary.tsx";
import { Layout } from "./layout.tsx";

const text = messages({
  title: { fr: "Alliage démarre…", en: "Alliage is starting…" },
  retry: { fr: "Réessayer", en: "Try again" },
});

/** The database usually opens within seconds; a client asked to wait longer would wait idle. */
const RETRY_AFTER_SECONDS = "2";

/**
 * What the server answers between listening and having its database open, migrated and seeded
 * (seconds on a first start): /healthz says it is starting, the stylesheet is served, and every
 * other request gets 503 with Retry-After, as a page in the request's language or, for the API,
 * the catalogue's `starting` error. Nothing here touches the database or the areas, so that the
 * server can listen before they are loaded.
 */
export function startingApp(config: Pick<Config, "trustProxy">) {
  const stylesheet = fs.readFileSync(
    fileURLToPath(new URL("./static/alliage.css", import.meta.url)),
    "utf8",
  );
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    const { lang, path } = requestLanguage(new URL(c.req.url), c.req.header("accept-language"));
    c.set("lang", lang);
    c.set("pagePath", path);
    c.set("secure", overHttps(c, config.trustProxy));
    await next();
  });
  app.use(securityHeaders());
  // The fields of the ready server's answer, the database's state in place of its kind.
  app.get("/healthz", (c) => c.json({ status: "ok", database: "starting", import: "running" }));
  app.get("/static/alliage.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "no-cache");
    return c.body(stylesheet);
  });
  app.all("*", (c) => {
    const lang = c.var.lang;
    const here = new URL(c.req.url);
    const error = fail("starting");
    c.header("Retry-After", RETRY_AFTER_SECONDS);
    c.header("Cache-Control", "no-store");
    if (wantsJson(c)) return c.json(error.toJson(lang), 503);
    const title = text(lang, "title");
    return c.html(
      <>
        {raw("<!DOCTYPE html>")}
        <Layout
          lang={lang}
          title={title}
          pagePath={c.var.pagePath}
          actor={ANONYMOUS}
          csrfToken=""
          canSeeAudit={false}
          canSeeMail={false}
          canManageData={false}
          canSeeAccounts={false}
          canApply={false}
          canReview={false}
        >
          <h1>{title}</h1>
          <p class="lead">{error.messageIn(lang)}</p>
          {c.req.method === "GET" && (
            <p>
              <a class="button" href={`${here.pathname}${here.search}`}>
                {text(lang, "retry")}
              </a>
            </p>
          )}
        </Layout>
      </>,
      503,
    );
  });
  return app;
}
