import type { DeclaredRoute } from "../http/access.ts";

/** What a hostile or careless client sends in place of a good value. */
export const BAD_VALUES = {
  nul: "a\u0000b",
  long: "x".repeat(10_000),
  nonUuid: "abc",
  negative: "-1",
} as const;

export type BadKind = keyof typeof BAD_VALUES;

/** Known-good values for path parameters, so that one bad parameter reaches the code behind it. */
const GOOD_PARAMS: Record<string, string> = {
  reference: "202311-76",
  code: "P-2024-001",
  kind: "acknowledgement",
  jurisdiction: "qc",
  lang: "fr",
  page: "1",
  position: "1",
  year: "2024",
  material: "natural-graphite",
  stage: "extraction",
};
const SOME_UUID = "00000000-0000-4000-8000-000000000000";

export const paramNames = (path: string) =>
  [...path.matchAll(/:(\w+)/g)].map((m) => m[1] as string);

/** The path with every parameter good (or a well-formed unknown id). */
export const goodPath = (path: string) =>
  path.replace(/:(\w+)/g, (_, name: string) => GOOD_PARAMS[name] ?? SOME_UUID);

/** One path per parameter, that parameter bad and the others good. */
export function badPaths(route: DeclaredRoute, value: string): string[] {
  return paramNames(route.path).map((bad) =>
    route.path.replace(/:(\w+)/g, (_, name: string) =>
      name === bad ? encodeURIComponent(value) : (GOOD_PARAMS[name] ?? SOME_UUID),
    ),
  );
}

/** Query parameters the routes read (filters, formats, pagination), each set to the bad value. */
export const QUERY_NAMES = [
  "q",
  "material",
  "actor",
  "action",
  "subject",
  "status",
  "year",
  "party",
  "method",
  "format",
  "lang",
  "page",
  "sort",
  "next",
  "changed",
  "kind",
  "stage",
  "country",
  "line",
  "from",
  "to",
  "regime",
  "view",
  "since",
  "limit",
  "offset",
];

export function badQuery(names: Iterable<string>, value: string): string {
  const query = new URLSearchParams();
  for (const name of names) query.set(name, value);
  return query.toString();
}

/** The names of every form field in a page, so that posts can send each of them bad. */
export function formFieldNames(html: string): string[] {
  return [...html.matchAll(/\sname="([\w.[\]-]+)"/g)].map((m) => m[1] as string);
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  example?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
};

export type OpenApiDoc = {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
export type OpenApiOperation = {
  parameters?: { name: string; in: string; example?: unknown; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

const resolve = (doc: OpenApiDoc, schema: JsonSchema | undefined): JsonSchema | undefined =>
  schema?.$ref ? doc.components?.schemas?.[schema.$ref.split("/").pop() as string] : schema;

/** The JSON body an operation documents, built from the examples of its properties. */
export function exampleBody(doc: OpenApiDoc, op: OpenApiOperation): Record<string, unknown> {
  const schema = resolve(doc, op.requestBody?.content?.["application/json"]?.schema);
  const body: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(schema?.properties ?? {})) {
    const p = resolve(doc, prop);
    const example = p?.example ?? p?.enum?.[0] ?? resolve(doc, p?.items)?.example;
    if (example !== undefined)
      body[name] = p?.type === "array" && !Array.isArray(example) ? [example] : example;
  }
  return body;
}

/** Every example value of the document with where it sits, for checks against its schema. */
export function documentedExamples(doc: OpenApiDoc) {
  const found: { where: string; example: unknown; schema: JsonSchema }[] = [];
  const visit = (where: string, schema: JsonSchema | undefined) => {
    const s = resolve(doc, schema);
    if (!s) return;
    if (s.example !== undefined) found.push({ where, example: s.example, schema: s });
    for (const [k, v] of Object.entries(s.properties ?? {})) visit(`${where}.${k}`, v);
    if (s.items) visit(`${where}[]`, s.items);
    for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) visit(where, alt);
  };
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) {
      for (const p of op.parameters ?? [])
        if (p.example !== undefined || p.schema?.example !== undefined)
          found.push({
            where: `${method.toUpperCase()} ${path} ${p.name}`,
            example: p.example ?? p.schema?.example,
            schema: p.schema ?? {},
          });
      visit(
        `${method.toUpperCase()} ${path} body`,
        op.requestBody?.content?.["application/json"]?.schema,
      );
    }
  return found;
}

/** A value of the wrong JSON type for a property: a string where a number is expected, and so on. */
export function wrongType(value: unknown): unknown {
  if (typeof value === "string") return 12345;
  if (typeof value === "number") return "not a number";
  if (Array.isArray(value)) return "not a list";
  if (typeof value === "boolean") return "yes";
  return ["unexpected"];
}
