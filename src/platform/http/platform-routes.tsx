import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { fail } from "../errors/app-error.ts";
import { ApiDocsPage } from "../web/api-docs-page.tsx";
import { renderPage } from "../web/render.tsx";
import { access } from "./access.ts";
import { openApiDocument } from "./openapi-document.ts";
import type { Router } from "./router.ts";

const STYLESHEET = fs.readFileSync(
  fileURLToPath(new URL("../web/static/alliage.css", import.meta.url)),
  "utf8",
);

const PUBLIC = access("read", "Platform");

/** Health check, stylesheet and the API's own description. */
export function registerPlatformRoutes(router: Router) {
  router.route("GET", "/healthz", PUBLIC, async (c) => {
    const started = performance.now();
    try {
      await c.var.deps.db.query("SELECT 1");
    } catch (err) {
      c.var.log.error({ err }, "health check: database unreachable");
      throw fail("database_unavailable");
    }
    return c.json({
      status: "ok",
      database: c.var.deps.db.kind,
      databaseMs: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  router.route("GET", "/static/alliage.css", PUBLIC, (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(STYLESHEET);
  });

  router.route("GET", "/api/openapi.json", PUBLIC, (c) => c.json(openApiDocument(router.app)));

  router.page("GET", "/api/docs", PUBLIC, (c) => {
    const doc = openApiDocument(router.app);
    return renderPage(
      c,
      "API",
      <ApiDocsPage
        lang={c.var.lang}
        doc={doc as unknown as Parameters<typeof ApiDocsPage>[0]["doc"]}
      />,
    );
  });
}
