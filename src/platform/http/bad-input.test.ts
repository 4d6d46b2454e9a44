import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../app/seed.ts";
import { createTestApp, type TestApp } from "../../app/testing/test-app.ts";
import type { DeclaredRoute } from "../http/access.ts";
import type { Actor } from "../policy/roles.ts";
import {
  BAD_VALUES,
  type BadKind,
  badPaths,
  badQuery,
  documentedExamples,
  exampleBody,
  formFieldNames,
  goodPath,
  type OpenApiDoc,
  QUERY_NAMES,
  wrongType,
} from "../testing/route-walk.ts";

type Who = { cookie: string; csrf: string; actor: Actor };

/**
 * Every route of the router table, signed in as an admin and (where the public may go) without
 * an account, gets NUL bytes, 10 000-character strings, wrong types and malformed ids in its
 * path, query and body: no answer may be a server error, and no NUL request writes anything.
 * Then every example of the OpenAPI document is sent as documented and must be accepted.
 */
describe("no input answers 5xx", () => {
  let t: TestApp;
  let admin: Who;
  let anonymous: Who;
  let doc: OpenApiDoc;
  let routes: DeclaredRoute[];
  const fields = new Set<string>(["_csrf", "email", "password", "subject", "name", "q"]);
  let sent = 0;

  beforeAll(async () => {
    t = await createTestApp({ template: "reference" });
    await seed(t.db, { demo: true });
    const s = await t.signIn("admin");
    admin = { cookie: s.cookie, csrf: s.csrf, actor: { kind: "user", role: "admin" } as Actor };
    const page = await t.request("/connexion");
    const csrf = /alliage_csrf=([^;]+)/.exec(page.headers.get("set-cookie") ?? "")?.[1] ?? "";
    anonymous = { cookie: `alliage_csrf=${csrf}`, csrf, actor: { kind: "anonymous" } };
    doc = (await (await t.request("/api/openapi.json")).json()) as OpenApiDoc;
    // Signing out ends the session the other requests use: those routes go last.
    routes = [...t.routes].sort(
      (a, b) => Number(a.path.includes("deconnexion")) - Number(b.path.includes("deconnexion")),
    );
  }, 120_000);
  afterAll(async () => {
    console.info(`bad-input walk: ${routes?.length ?? 0} routes, ${sent} requests`);
    await t?.close();
  });

  const send = (
    method: string,
    path: string,
    who: Who,
    body?: { json?: unknown; form?: URLSearchParams },
  ) => {
    sent++;
    const isApi = path.startsWith("/api/");
    return t.request(path, {
      method,
      headers: {
        cookie: who.cookie,
        "x-csrf-token": who.csrf,
        ...(isApi ? { accept: "application/json" } : {}),
        ...(body?.json !== undefined ? { "content-type": "application/json" } : {}),
        ...(body?.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(body?.json !== undefined ? { body: JSON.stringify(body.json) } : {}),
      ...(body?.form ? { body: body.form } : {}),
    });
  };

  const whoMay = (route: DeclaredRoute) =>
    [admin, anonymous].filter((w) =>
      w === admin ? true : t.deps.policy.can(w.actor, route.access.action, route.access.subject),
    );

  /** Every request one bad value makes for one route: path, query, then body. */
  async function walk(route: DeclaredRoute, kind: BadKind, errors: string[]) {
    const value = BAD_VALUES[kind];
    const check = async (label: string, res: Response | Promise<Response>) => {
      const r = await res;
      if (r.status >= 500) errors.push(`${route.method} ${label} (${kind}): ${r.status}`);
    };
    for (const who of whoMay(route)) {
      for (const path of badPaths(route, value))
        await check(path.slice(0, 120), send(route.method, path, who));
      const path = goodPath(route.path);
      const query = badQuery(QUERY_NAMES, value);
      await check(`${path}?…`, send(route.method, `${path}?${query}`, who));
      if (route.method !== "POST") continue;
      const op = doc.paths[route.path.replace(/:(\w+)/g, "{$1}")]?.post;
      if (route.path.startsWith("/api/")) {
        const example = op ? exampleBody(doc, op) : {};
        const keys = Object.keys(example).length > 0 ? Object.keys(example) : ["name", "subject"];
        const all = Object.fromEntries(keys.map((k) => [k, value]));
        await check(`${path} json`, send("POST", path, who, { json: { ...example, ...all } }));
        if (kind === "nonUuid")
          for (const k of keys)
            await check(
              `${path} json ${k}`,
              send("POST", path, who, { json: { ...example, [k]: wrongType(example[k] ?? "") } }),
            );
      } else {
        const form = new URLSearchParams();
        for (const f of fields) form.set(f, f === "_csrf" ? who.csrf : value);
        await check(`${path} form`, send("POST", path, who, { form }));
      }
    }
  }

  it("gathers the form fields of every page, and no good path answers 5xx", {
    timeout: 300_000,
  }, async () => {
    const errors: string[] = [];
    for (const route of routes.filter((r) => r.method === "GET")) {
      const res = await send("GET", goodPath(route.path), admin);
      if (res.status >= 500) errors.push(`GET ${route.path}: ${res.status}`);
      if ((res.headers.get("content-type") ?? "").includes("html"))
        for (const f of formFieldNames(await res.text())) fields.add(f);
    }
    expect(errors).toEqual([]);
    expect(fields.size).toBeGreaterThan(20);
  });

  it("answers NUL bytes with a clear refusal and writes nothing", {
    timeout: 600_000,
  }, async () => {
    const before = await rowCounts(t);
    const errors: string[] = [];
    for (const route of routes) await walk(route, "nul", errors);
    expect(errors).toEqual([]);
    expect(await rowCounts(t)).toEqual(before);
    // One of them, as a client sees it: the catalogue's message, in French by default.
    const res = await send("GET", "/api/v1/access/disclosures?q=a%00b", anonymous);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { id: string; message: string } };
    expect(body.error.id).toBe("invalid_characters");
    expect(body.error.message).toMatch(/caractère/);
  });

  for (const kind of ["long", "nonUuid", "negative"] as const) {
    it(`answers ${kind} values without a server error`, { timeout: 600_000 }, async () => {
      const errors: string[] = [];
      for (const route of routes) await walk(route, kind, errors);
      expect(errors).toEqual([]);
    });
  }

  /**
   * Each operation without a body is sent as its examples describe it (path and query). An
   * example passes when no value taken from it is refused: the answer is no 5xx, 400 or 415.
   * Operations with a body are held to more (a 2xx as documented) by src/app/api-examples.test.ts.
   */
  it("accepts every example of the OpenAPI document", { timeout: 120_000 }, async () => {
    const s = await t.signIn("admin");
    const as = { cookie: s.cookie, csrf: s.csrf, actor: admin.actor };
    const refused: string[] = [];
    for (const { where, example, schema } of documentedExamples(doc)) {
      if (schema.enum && !schema.enum.includes(example))
        refused.push(`${where}: ${String(example)}`);
    }
    let operations = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        // Examples of deletions would delete the demo data.
        if (method === "delete" || op.requestBody) continue;
        const exampleOf = (p: { example?: unknown; schema?: { example?: unknown } }) =>
          p.example ?? p.schema?.example;
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
          const p = op.parameters?.find((x) => x.name === name);
          return encodeURIComponent(String((p && exampleOf(p)) ?? goodPath(`:${name}`)));
        });
        const query = new URLSearchParams();
        for (const p of op.parameters ?? [])
          if (p.in === "query" && exampleOf(p) !== undefined && p.name !== "confirm")
            query.set(p.name, String(exampleOf(p)));
        operations++;
        const target = query.size > 0 ? `${url}?${query}` : url;
        const res = await send(method.toUpperCase(), target, as);
        if ([400, 415].includes(res.status) || res.status >= 500)
          refused.push(
            `${method.toUpperCase()} ${target}: ${res.status} ${(await res.text()).slice(0, 300)}`,
          );
      }
    }
    expect(operations).toBeGreaterThan(40);
    expect(refused).toEqual([]);
  });
});

/** Rows in every table of the application: what a refused request must leave as it was. */
async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = await t.db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}
