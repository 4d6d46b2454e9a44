import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeclaredRoute } from "../platform/http/access.ts";
import type { Actor, Role } from "../platform/policy/roles.ts";
import { exampleBody, type OpenApiDoc } from "../platform/testing/route-walk.ts";
import { seed } from "./seed.ts";
import { createTestApp, type TestApp } from "./testing/test-app.ts";

type Schema = {
  $ref?: string;
  required?: string[];
  properties?: Record<string, { example?: unknown; format?: string }>;
};

/** From the least privileged to the most: an operation is tried as the first its rule lets in. */
const LEAST_FIRST: readonly ("anonymous" | Role)[] = [
  "anonymous",
  "applicant",
  "reviewer",
  "member-qc",
  "member-fr",
  "access-officer",
  "admin",
];

/**
 * The examples of the API documentation are what people try first: on the demo data, every
 * operation that takes a body must succeed exactly as documented (a 2xx, not merely "not
 * refused because of the example"), with an example for every required field and path
 * parameter. Each is called by the least privileged role its rule lets in, so that an example
 * naming a record only an administrator could touch does not pass for a member.
 */
describe("the API's examples", () => {
  let t: TestApp;
  let doc: OpenApiDoc;

  beforeAll(async () => {
    t = await createTestApp({ template: "reference" });
    await seed(t.db, { demo: true });
    doc = (await (await t.request("/api/openapi.json")).json()) as OpenApiDoc;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const sessions = new Map<string, { cookie: string; csrf: string }>();
  async function sessionOf(who: "anonymous" | Role) {
    const known = sessions.get(who);
    if (known) return known;
    let session: { cookie: string; csrf: string };
    if (who === "anonymous") {
      const page = await t.request("/connexion");
      const csrf = /alliage_csrf=([^;]+)/.exec(page.headers.get("set-cookie") ?? "")?.[1] ?? "";
      session = { cookie: `alliage_csrf=${csrf}`, csrf };
    } else session = await t.signIn(who);
    sessions.set(who, session);
    return session;
  }

  const schemaOf = (s: Schema | undefined): Schema | undefined =>
    s?.$ref
      ? ((doc.components?.schemas as Record<string, Schema> | undefined)?.[
          s.$ref.split("/").pop() as string
        ] ?? undefined)
      : s;

  /**
   * A multipart form from the examples. A file field's example is the file's text (a CSV);
   * without one, a small PDF stands for the document.
   */
  function exampleForm(schema: Schema): FormData {
    const form = new FormData();
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      if (prop.format === "binary") {
        const file =
          typeof prop.example === "string"
            ? new File([prop.example], "exemple.csv", { type: "text/csv" })
            : new File(["%PDF-1.4\n%%EOF\n"], "exemple.pdf", { type: "application/pdf" });
        form.set(name, file);
      } else if (prop.example !== undefined) form.set(name, String(prop.example));
    }
    return form;
  }

  const actorOf = (who: "anonymous" | Role): Actor =>
    who === "anonymous"
      ? { kind: "anonymous" }
      : { kind: "user", id: "", email: "", name: "", role: who, via: "session" };

  /** The least privileged of those the route's rule lets in. */
  function leastRole(route: DeclaredRoute): "anonymous" | Role | undefined {
    return LEAST_FIRST.find((who) =>
      t.deps.policy.can(actorOf(who), route.access.action, route.access.subject),
    );
  }

  it("succeed as documented on the demo data", { timeout: 300_000 }, async () => {
    const refused: string[] = [];
    const tried: string[] = [];
    // What an example removes goes last, so that the examples before it still find it.
    const removes = (path: string, method: string) =>
      method === "delete" || /\/(delete|remove)$/.test(path);
    const operations = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
      .sort((a, b) => Number(removes(a.path, a.method)) - Number(removes(b.path, b.method)));
    for (const { path, method, op } of operations) {
      const content = (op.requestBody?.content ?? {}) as Record<string, { schema?: Schema }>;
      const [type] = Object.keys(content);
      if (!type) continue;
      const route = t.routes.find(
        (r) => r.method === method.toUpperCase() && r.path === path.replace(/\{(\w+)\}/g, ":$1"),
      );
      const who = route && leastRole(route);
      if (!who) {
        refused.push(`${method} ${path}: no route or no role may call it`);
        continue;
      }
      tried.push(`${method} ${path} as ${who}`);
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
      const session = await sessionOf(who);
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
        refused.push(
          `${method} ${url} as ${who}: ${res.status} ${(await res.text()).slice(0, 300)}`,
        );
    }
    // Scenarios (2), datasets, briefs (3), access requests, calls and the cooperation's 15:
    // a new operation with a body joins this list.
    expect(tried.length).toBeGreaterThanOrEqual(23);
    expect(refused).toEqual([]);
  });
});
