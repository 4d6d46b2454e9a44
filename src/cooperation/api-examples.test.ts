import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../app/seed.ts";
import { createTestApp, type TestApp } from "../app/testing/test-app.ts";
import { exampleBody, type OpenApiDoc } from "../platform/testing/route-walk.ts";

/** The cooperation area's part of the API. */
const COOPERATION = /^\/api\/v1\/(projects|organisations|financing|portfolio|exchange-rates)\b/;

type Schema = {
  $ref?: string;
  required?: string[];
  properties?: Record<string, { example?: unknown; format?: string }>;
};

/**
 * The examples of the API documentation are what people try first: on the demo data, each
 * cooperation operation that takes a body must succeed exactly as documented (a 2xx, not
 * merely "not refused because of the example"), with an example for every required field.
 * Deletions are left out: their examples would delete the demo records the others name.
 */
describe("the cooperation API's examples", () => {
  let t: TestApp;
  let doc: OpenApiDoc;
  let session: { cookie: string; csrf: string };

  beforeAll(async () => {
    t = await createTestApp({ template: "reference" });
    await seed(t.db, { demo: true });
    session = await t.signIn("admin");
    doc = (await (await t.request("/api/openapi.json")).json()) as OpenApiDoc;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const schemaOf = (s: Schema | undefined): Schema | undefined =>
    s?.$ref
      ? ((doc.components?.schemas as Record<string, Schema> | undefined)?.[
          s.$ref.split("/").pop() as string
        ] ?? undefined)
      : s;

  /** A multipart form from the examples, a small PDF for each file field. */
  function exampleForm(schema: Schema): FormData {
    const form = new FormData();
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      if (prop.format === "binary") {
        const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
        form.set(name, new File([pdf], "exemple.pdf", { type: "application/pdf" }));
      } else if (prop.example !== undefined) form.set(name, String(prop.example));
    }
    return form;
  }

  it("succeed as documented on the demo data", { timeout: 120_000 }, async () => {
    const refused: string[] = [];
    let tried = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!COOPERATION.test(path)) continue;
      for (const [method, op] of Object.entries(ops)) {
        const content = (op.requestBody?.content ?? {}) as Record<string, { schema?: Schema }>;
        const [type] = Object.keys(content);
        if (method === "delete" || !type) continue;
        tried++;
        const schema = schemaOf(content[type]?.schema);
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
          const p = op.parameters?.find((x) => x.in === "path" && x.name === name);
          const example = p?.example ?? p?.schema?.example;
          if (example === undefined) refused.push(`${method} ${path}: no example for {${name}}`);
          return encodeURIComponent(String(example));
        });
        const json = type === "application/json";
        const body = json ? exampleBody(doc, op) : exampleForm(schema ?? {});
        const missing = (schema?.required ?? []).filter((f) =>
          json ? !(f in body) : !(body as FormData).has(f),
        );
        if (missing.length > 0) refused.push(`${method} ${path}: no example for ${missing}`);
        const res = await t.request(url, {
          method: method.toUpperCase(),
          headers: {
            cookie: session.cookie,
            "x-csrf-token": session.csrf,
            accept: "application/json",
            ...(json ? { "content-type": "application/json" } : {}),
          },
          body: json ? JSON.stringify(body) : (body as FormData),
        });
        if (res.status >= 300)
          refused.push(`${method} ${url}: ${res.status} ${(await res.text()).slice(0, 300)}`);
      }
    }
    // Projects, status, partners (add, remove), milestones, documents, organisations, financing,
    // disbursements, indicators, capacities: a new operation with a body joins this list.
    expect(tried).toBeGreaterThanOrEqual(15);
    expect(refused).toEqual([]);
  });
});
