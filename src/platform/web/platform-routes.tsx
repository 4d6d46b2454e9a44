import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pingDatabase } from "../db/ping.ts";
import { fail } from "../errors/app-error.ts";
import { access } from "../http/access.ts";
import { openApiDocument } from "../http/openapi-document.ts";
import { localiseDocument } from "../http/openapi-localise.ts";
import type { Router } from "../http/router.ts";
import { isLang } from "../i18n/i18n.ts";
import { ApiDocsPage } from "./api-docs-page.tsx";
import { renderPage } from "./render.tsx";

const STYLESHEET = fs.readFileSync(
  fileURLToPath(new URL("../web/static/alliage.css", import.meta.url)),
  "utf8",
);

const ownFile = (name: string) =>
  fs.readFileSync(fileURLToPath(new URL(`../web/static/${name}`, import.meta.url)), "utf8");
// The API reference page's own script and its corrections to swagger-ui's stylesheet.
const API_DOCS_FILES = {
  "api-docs.js": { type: "text/javascript; charset=utf-8", body: ownFile("api-docs.js") },
  "api-docs.css": { type: "text/css; charset=utf-8", body: ownFile("api-docs.css") },
};

// swagger-ui is served from our own node_modules (no CDN), read once at start.
const SWAGGER_DIR = path.dirname(
  createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"),
);
const SWAGGER_FILES = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
} as const;
const swaggerFiles = new Map(
  Object.entries(SWAGGER_FILES).map(([name, type]) => [
    name,
    { type, body: fs.readFileSync(path.join(SWAGGER_DIR, name), "utf8") },
  ]),
);

const PUBLIC = access("read", "Platform");

/** Health check, stylesheet and the API's own description. */
export function registerPlatformRoutes(router: Router) {
  router.route("GET", "/healthz", PUBLIC, async (c) => {
    const started = performance.now();
    const { db, referenceData } = c.var.deps;
    const importing = referenceData?.state ?? "done";
    // During an import the embedded database's connection is the import's (loading-gate.ts);
    // it was opened and migrated before the server listened, which is what this answers for.
    if (importing === "running" && db.kind === "pglite")
      return c.json({ status: "ok", database: db.kind, import: importing });
    try {
      await pingDatabase(c.var.deps.db);
    } catch (err) {
      c.var.log.error({ err }, "health check: database unreachable");
      throw fail("database_unavailable");
    }
    return c.json({
      status: "ok",
      database: c.var.deps.db.kind,
      databaseMs: Math.round((performance.now() - started) * 10) / 10,
      import: importing,
    });
  });

  router.route("GET", "/static/alliage.css", PUBLIC, (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(STYLESHEET);
  });

  for (const [name, file] of Object.entries(API_DOCS_FILES)) {
    router.route("GET", `/static/${name}`, PUBLIC, (c) => {
      c.header("Content-Type", file.type);
      c.header("Cache-Control", "public, max-age=3600");
      return c.body(file.body);
    });
  }

  for (const [name, file] of swaggerFiles) {
    router.route("GET", `/static/swagger-ui/${name}`, PUBLIC, (c) => {
      c.header("Content-Type", file.type);
      c.header("Cache-Control", "public, max-age=86400");
      return c.body(file.body);
    });
  }

  // Both languages side by side by default; ?lang=fr or ?lang=en for one language only (the
  // reference page of that language reads it so).
  router.route("GET", "/api/openapi.json", PUBLIC, (c) => {
    const doc = openApiDocument(router.app);
    const lang = c.req.query("lang");
    return c.json(isLang(lang) ? localiseDocument(doc, lang) : doc);
  });

  router.page("GET", "/api/docs", PUBLIC, (c) => {
    const doc = localiseDocument(openApiDocument(router.app), c.var.lang);
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
