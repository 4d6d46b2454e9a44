import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./testing/test-app.ts";

describe("the web application's common behaviour", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.app.get("/boom", () => {
      throw new Error("secret detail: requester Jean Tremblay");
    });
  });
  afterAll(() => t?.close());

  it("sends the security headers on every page", async () => {
    const res = await t.request("/");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-request-id")).toMatch(/^[\w-]+$/);
  });

  it("answers unknown pages with a localised 404 page", async () => {
    const fr = await t.request("/nulle-part");
    expect(fr.status).toBe(404);
    const frHtml = await fr.text();
    expect(frHtml).toContain('<html lang="fr">');
    expect(frHtml).toContain("La page ou la ressource demandée est introuvable.");
    const en = await t.request("/en/nowhere");
    expect(en.status).toBe(404);
    expect(await en.text()).toContain("The page or resource you asked for cannot be found.");
  });

  it("answers API errors as JSON in the request's language", async () => {
    const fr = await t.request("/api/v1/rien");
    expect(fr.status).toBe(404);
    expect(await fr.json()).toEqual({
      error: {
        id: "not_found",
        message: "La page ou la ressource demandée est introuvable.",
        fields: {},
      },
    });
    const en = await t.request("/api/v1/nothing", {
      headers: { "accept-language": "en-CA,en;q=0.9" },
    });
    expect(((await en.json()) as { error: { message: string } }).error.message).toBe(
      "The page or resource you asked for cannot be found.",
    );
  });

  it("hides the details of unexpected errors behind a localised 500 page", async () => {
    const res = await t.request("/boom");
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain("Une erreur interne est survenue.");
    expect(html).not.toContain("Jean Tremblay");
    const en = await t.request("/boom", { headers: { accept: "application/json" } });
    expect(((await en.json()) as { error: { id: string } }).error.id).toBe("internal_error");
  });

  it("keeps the current page in the language switch", async () => {
    const fr = await (await t.request("/connexion")).text();
    expect(fr).toMatch(/<a class="lang-switch" href="\/en\/connexion"/);
    const en = await (await t.request("/en/connexion")).text();
    expect(en).toMatch(/<a class="lang-switch" href="\/connexion"/);
  });

  it("reports health with the database kind", async () => {
    const res = await t.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: t.db.kind });
  });

  it("publishes an OpenAPI 3.1 document and a page describing it", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/me");
    // The page's operations are drawn by swagger-ui from the document (api-docs.test.ts).
    const page = await (await t.request("/api/docs")).text();
    expect(page).toContain('data-url="/api/openapi.json?lang=fr"');
  });

  it("serves the stylesheet with a print section", async () => {
    const css = await (await t.request("/static/alliage.css")).text();
    expect(css).toContain("@media print");
    expect(css).toContain(":focus-visible");
  });
});
