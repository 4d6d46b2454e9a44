/**
 * Reading the TypeScript sources of src/ for src/architecture.test.ts: comments blanked out,
 * relative imports resolved to files, the first SQL of a file, and the loops of an import graph.
 * Plain reads and regular expressions (no compiler API): the whole tree in well under a second.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The src/ folder. */
export const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface Import {
  /** The imported file, relative to src/. */
  target: string;
  specifier: string;
  line: number;
}

export interface SourceFile {
  /** Relative to src/, with forward slashes. */
  rel: string;
  /** The text with comments blanked out (same length, same lines). */
  code: string;
  imports: Import[];
}

/** Tests and what only tests use: `*.test.ts(x)`, `test-helpers.ts`, `test-fixtures.ts`, `testing/`. */
export const isTest = (rel: string) =>
  /\.test\.tsx?$/.test(rel) ||
  /test-(helpers|fixtures)\.ts$/.test(rel) ||
  rel.split("/").includes("testing");
export function listSources(): string[] {
  return (fs.readdirSync(SRC, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts") && !isTest(f))
    .sort();
}

const KEYWORDS_BEFORE_REGEX = new Set([
  "return",
  "typeof",
  "case",
  "do",
  "else",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "yield",
  "await",
]);

/**
 * Blanks `//` and `/* *\/` comments, keeping every other character (and every newline) in place,
 * so that prose cannot look like SQL or an import and offsets still give line numbers. A small
 * lexer: strings, template literals (with nested `${}`) and regular expression literals are
 * skipped whole; a quoted string ends at a newline at the latest, so that an apostrophe in JSX
 * text cannot hide more than the rest of its line.
 */
export function stripComments(text: string): string {
  const out = text.split("");
  const n = text.length;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  /** From just after a backtick or a template's `}`: the end of the literal or of its `${`. */
  const template = (from: number): { end: number; opensExpression: boolean } => {
    for (let k = from; k < n; k++) {
      const ch = text[k];
      if (ch === "\\") k++;
      else if (ch === "`") return { end: k + 1, opensExpression: false };
      else if (ch === "$" && text[k + 1] === "{") return { end: k + 2, opensExpression: true };
    }
    return { end: n, opensExpression: false };
  };
  const regexAllowed = (at: number) => {
    let k = at - 1;
    while (k >= 0 && /\s/.test(out[k] as string)) k--;
    if (k < 0) return true;
    const ch = out[k] as string;
    if (/[\w$]/.test(ch)) {
      let start = k;
      while (start > 0 && /[\w$]/.test(out[start - 1] as string)) start--;
      return KEYWORDS_BEFORE_REGEX.has(out.slice(start, k + 1).join(""));
    }
    return !/[)\]"'`]/.test(ch);
  };
  const templateDepths: number[] = [];
  let depth = 0;
  let i = 0;
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? n : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < n && text[k] !== c && text[k] !== "\n") k += text[k] === "\\" ? 2 : 1;
      i = k + 1;
    } else if (c === "/" && regexAllowed(i)) {
      let k = i + 1;
      let inClass = false;
      while (k < n && text[k] !== "\n" && (inClass || text[k] !== "/")) {
        if (text[k] === "\\") k++;
        else if (text[k] === "[") inClass = true;
        else if (text[k] === "]") inClass = false;
        k++;
      }
      i = k + 1;
    } else if (c === "`" || (c === "}" && templateDepths.at(-1) === depth - 1)) {
      if (c === "}") {
        depth--;
        templateDepths.pop();
      }
      const t = template(i + 1);
      if (t.opensExpression) {
        templateDepths.push(depth);
        depth++;
      }
      i = t.end;
    } else {
      if (c === "{") depth++;
      else if (c === "}") depth--;
      i++;
    }
  }
  return out.join("");
}

export const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

export const STATIC_IMPORT =
  /(?<![\w$.])(?:import|export)\s*(?:type\s+)?(?:[\w$*{},\s]+?\s*from\s*)?["']([^"'\n]+)["']/g;
const DYNAMIC_IMPORT = /(?<![\w$.])import\s*\(\s*["'`]([^"'`\n$]+)["'`]\s*\)/g;

function resolveImport(fromRel: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.posix.join(path.posix.dirname(fromRel), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  if (base.endsWith(".js"))
    candidates.push(base.replace(/\.js$/, ".ts"), `${base.slice(0, -3)}.tsx`);
  return candidates.find(
    (c) =>
      !c.startsWith("../") &&
      fs.existsSync(path.join(SRC, c)) &&
      fs.statSync(path.join(SRC, c)).isFile(),
  );
}

export function readSource(rel: string): SourceFile {
  const code = stripComments(fs.readFileSync(path.join(SRC, rel), "utf8"));
  const imports: Import[] = [];
  for (const pattern of [STATIC_IMPORT, DYNAMIC_IMPORT]) {
    for (const m of code.matchAll(pattern)) {
      const specifier = m[1] as string;
      const target = resolveImport(rel, specifier);
      if (target) imports.push({ target, specifier, line: lineAt(code, m.index) });
    }
  }
  return { rel, code, imports };
}

export type PackageUse = { line: number; use: "type" | "first-use" | "value" };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every place the code names a package (`"pkg"` or `"pkg/…"` in quotes) and how: in an
 * `import type` / `export type` (erased at compile time), as the argument of `onFirstUse` or of
 * a dynamic `import()` (loaded at its first call), or otherwise: an import that loads it with
 * the file.
 */
export function packageUses(code: string, pkg: string): PackageUse[] {
  const quoted = new RegExp(`["'\`]${escapeRegExp(pkg)}(?:/[^"'\`\n]*)?["'\`]`, "g");
  return [...code.matchAll(quoted)].map((m) => {
    const before = code.slice(Math.max(0, m.index - 400), m.index);
    const use = /(?<![\w$.])(?:import|export)\s+type\s[^;]*?from\s*$/.test(before)
      ? "type"
      : /(?<![\w$.])(?:onFirstUse\s*(?:<[^()]*>)?|import)\s*\(\s*$/.test(before)
        ? "first-use"
        : "value";
    return { line: lineAt(code, m.index), use };
  });
}

const SQL_PATTERNS: RegExp[] = [
  // A driver call; `c.req.query("name")` is Hono's URL query string, not SQL.
  /(?<!\breq)\.query\s*[(<]/,
  /(?<![\w$.])sql`/,
  // A string literal that starts with a statement (keywords are case-sensitive: prose is not).
  /["'`]\s*(?:SELECT\s|INSERT INTO\s|DELETE FROM\s|UPDATE\s+[\w."]+\s+SET\s|WITH\s+\w+\s+AS\s*\()/,
];

/** The first SQL of a file: its line and the text matched, or undefined. */
export function findSql(code: string): { line: number; text: string } | undefined {
  let first: { index: number; text: string } | undefined;
  for (const pattern of SQL_PATTERNS) {
    const m = pattern.exec(code);
    if (m && (!first || m.index < first.index)) first = { index: m.index, text: m[0] };
  }
  if (!first) return undefined;
  return { line: lineAt(code, first.index), text: first.text.replace(/\s+/g, " ").trim() };
}

/** Tarjan's strongly connected components; only those of more than one node, each sorted. */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found.sort((a, b) => a.join().localeCompare(b.join()));
}

export interface Edge {
  from: string;
  to: string;
  /** Every import that makes this edge, as "src/file:line imports specifier". */
  via: string[];
}

export function graphOf(files: SourceFile[], node: (rel: string) => string) {
  const edges = new Map<string, Edge>();
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = node(file.rel);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const imp of file.imports) {
      const to = node(imp.target);
      if (to === from) continue;
      graph.get(from)?.add(to);
      const key = `${from} -> ${to}`;
      const edge = edges.get(key) ?? { from, to, via: [] };
      edge.via.push(`src/${file.rel}:${imp.line} imports "${imp.specifier}"`);
      edges.set(key, edge);
    }
  }
  return { graph, edges };
}
