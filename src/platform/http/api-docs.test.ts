import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Doc = {
  info: { description: string };
  paths: Record<
    string,
    Record<string, { tags?: string[]; summary?: string; requestBody?: { content: object } }>
  >;
};
const document = async (query = "") =>
  (await (await t.request(`/api/openapi.json${query}`)).json()) as Doc;
const operations = (doc: Doc) => Object.values(doc.paths).flatMap((item) => Object.values(item));

describe("the API reference page", () => {
  it("runs swagger-ui from our own packages under the site's CSP, with a table of contents", async () => {
    const res = await t.request("/api/docs");
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe");
    const html = await res.text();
    expect(html).toContain('<script src="/static/swagger-ui/swagger-ui-bundle.js" defer="">');
    expect(html).toContain('<script src="/static/api-docs.js" defer="">');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain('data-url="/api/openapi.json?lang=fr"');
    expect(html).toContain('<a href="#operations-tag-Déclaration">Déclaration</a>');
    expect(html).toContain('<a href="#operations-tag-Projets_conjoints">Projets conjoints</a>');
    expect(html).not.toContain(" / Declaration");
    const en = await (await t.request("/en/api/docs")).text();
    expect(en).toContain('data-url="/api/openapi.json?lang=en"');
    expect(en).toContain('<a href="#operations-tag-Declaration">Declaration</a>');
    for (const [path, type] of [
      ["/static/swagger-ui/swagger-ui-bundle.js", "text/javascript"],
      ["/static/swagger-ui/swagger-ui.css", "text/css"],
      ["/static/api-docs.js", "text/javascript"],
      ["/static/api-docs.css", "text/css"],
    ] as const) {
      const file = await t.request(path);
      expect([path, file.status, file.headers.get("content-type")]).toEqual([
        path,
        200,
        `${type}; charset=utf-8`,
      ]);
    }
  });
});

describe("the OpenAPI document", () => {
  it("is in one language when asked, both side by side otherwise", async () => {
    const both = await document();
    const fr = await document("?lang=fr");
    const en = await document("?lang=en");
    const declaration = (d: Doc) => d.paths["/api/v1/declaration"]?.get;
    expect(declaration(both)?.tags).toEqual(["Déclaration / Declaration"]);
    expect(declaration(fr)?.tags).toEqual(["Déclaration"]);
    expect(declaration(en)?.tags).toEqual(["Declaration"]);
    expect(declaration(en)?.summary).toBe("The Declaration of Intent");
    expect(en.info.description).toMatch(/^API of the Québec–France cooperation/);
    expect(fr.info.description).toMatch(/^API de la coopération/);
    // Paths and codes are left whole.
    expect(Object.keys(en.paths)).toEqual(Object.keys(both.paths));
  });

  it("describes the body of every operation that takes one", async () => {
    const withBody = operations(await document()).filter((op) => op.requestBody);
    expect(withBody.length).toBeGreaterThan(15);
    for (const op of withBody)
      for (const media of Object.values(op.requestBody?.content ?? {}))
        expect([op.summary, (media as { schema?: unknown }).schema]).toEqual([
          op.summary,
          expect.any(Object),
        ]);
  });
});
