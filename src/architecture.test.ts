// Ratchets: architecture-baseline.json lists today's exceptions, and that list may only shrink.
//
// Four rules over the source files of src/ (tests and src/platform/testing/ excluded):
//   1. SQL (`.query(`, `.query<`, sql`…`, a string starting with SELECT, INSERT INTO, UPDATE … SET,
//      DELETE FROM or WITH … AS) appears only in files named queries.ts or commands.ts
//      (src/platform/db/, the database layer itself, is exempt);
//   2. no folder of src/platform/ imports a folder outside it (an area, or src/ itself);
//   3. no two folders import each other, directly or through others (a folder loop: a strongly
//      connected component of the folder graph, platform/ -> area imports left out as rule 2
//      counts them already); and no new import between two folders of one loop, which would
//      tighten a loop that is already there without changing its folders;
//   4. no two files import each other, directly or through others (a file loop).
// A violation that is not in the baseline fails; so does a baseline entry that is no longer a
// violation (fixed: remove it, so that it cannot come back).
//
// Shrinking the baseline after a refactoring: delete the entries the failure names, or run
//   UPDATE_ARCHITECTURE_BASELINE=1 npx vitest run src/architecture.test.ts
// which rewrites the file keeping only the entries still violated (a loop that shrank is replaced
// by what remains of it). It never adds an entry: a new violation still fails. Deleting the file
// and running that command records every current violation (bootstrap only — not a way to let a
// new violation in).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assert, describe, it } from "vitest";

const SRC = path.dirname(fileURLToPath(import.meta.url));
const BASELINE_FILE = path.join(SRC, "architecture-baseline.json");

interface Baseline {
  /** Files (relative to src/) that contain SQL without being a queries.ts or commands.ts. */
  sqlOutsideRoleFiles: string[];
  /** "from -> to": a folder of platform/ importing a folder outside platform/. */
  platformImportsArea: string[];
  /** Strongly connected components of the folder import graph, each a sorted list of folders. */
  folderCycles: string[][];
  /** "from -> to": the folder imports inside those loops (each is part of a loop). */
  folderLoopImports: string[];
  /** Strongly connected components of the file import graph, each a sorted list of files. */
  fileCycles: string[][];
}

const SQL_ROLE_FILES = new Set(["queries.ts", "commands.ts"]);

// ---------------------------------------------------------------------------------------------
// Reading the sources

interface Import {
  /** The imported file, relative to src/. */
  target: string;
  specifier: string;
  line: number;
}

interface SourceFile {
  /** Relative to src/, with forward slashes. */
  rel: string;
  /** The text with comments blanked out (same length, same lines). */
  code: string;
  imports: Import[];
}

const isTest = (rel: string) => /\.test\.tsx?$/.test(rel) || rel.startsWith("platform/testing/");
const isSqlExempt = (rel: string) =>
  rel.startsWith("platform/db/") || rel.split("/").some((part) => /^migrations?$/.test(part));

function listSources(): string[] {
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
function stripComments(text: string): string {
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

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

const STATIC_IMPORT =
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

function readSource(rel: string): SourceFile {
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

// ---------------------------------------------------------------------------------------------
// Rule 1: SQL only in queries.ts / commands.ts

const SQL_PATTERNS: RegExp[] = [
  // A driver call; `c.req.query("name")` is Hono's URL query string, not SQL.
  /(?<!\breq)\.query\s*[(<]/,
  /(?<![\w$.])sql`/,
  // A string literal that starts with a statement (keywords are case-sensitive: prose is not).
  /["'`]\s*(?:SELECT\s|INSERT INTO\s|DELETE FROM\s|UPDATE\s+[\w."]+\s+SET\s|WITH\s+\w+\s+AS\s*\()/,
];

/** The first SQL of a file: its line and the text matched, or undefined. */
function findSql(code: string): { line: number; text: string } | undefined {
  let first: { index: number; text: string } | undefined;
  for (const pattern of SQL_PATTERNS) {
    const m = pattern.exec(code);
    if (m && (!first || m.index < first.index)) first = { index: m.index, text: m[0] };
  }
  if (!first) return undefined;
  return { line: lineAt(code, first.index), text: first.text.replace(/\s+/g, " ").trim() };
}

// ---------------------------------------------------------------------------------------------
// Graphs

const folderOf = (rel: string) => path.posix.dirname(rel);
const show = (folder: string) => (folder === "." ? "src/" : `src/${folder}/`);

/** Tarjan's strongly connected components; only those of more than one node, each sorted. */
function cycles(graph: Map<string, Set<string>>): string[][] {
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

interface Edge {
  from: string;
  to: string;
  /** Every import that makes this edge, as "src/file:line imports specifier". */
  via: string[];
}

function graphOf(files: SourceFile[], node: (rel: string) => string) {
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

// ---------------------------------------------------------------------------------------------
// The analysis, once for all tests (well under a second: plain reads and regular expressions)

const files = listSources().map(readSource);

const sqlFiles = new Map<string, { line: number; text: string }>();
for (const file of files) {
  if (isSqlExempt(file.rel) || SQL_ROLE_FILES.has(path.posix.basename(file.rel))) continue;
  const sql = findSql(file.code);
  if (sql) sqlFiles.set(file.rel, sql);
}

const folders = graphOf(files, folderOf);
const isPlatform = (folder: string) => folder === "platform" || folder.startsWith("platform/");
const platformEdges = [...folders.edges.values()].filter(
  (e) => isPlatform(e.from) && !isPlatform(e.to),
);
const fileGraph = graphOf(files, (rel) => rel);

// The folder graph for loops, without the platform -> area imports of rule 2: with them, the
// platform and every area would form one loop, hiding the loops between areas.
const loopGraph = new Map(
  [...folders.graph].map(([from, to]) => [
    from,
    new Set([...to].filter((t) => !(isPlatform(from) && !isPlatform(t)))),
  ]),
);
const folderCycles = cycles(loopGraph);
const loopOf = (folder: string) => folderCycles.find((c) => c.includes(folder));
const folderLoopImports = [...folders.edges.values()].filter(
  (e) => loopGraph.get(e.from)?.has(e.to) && loopOf(e.from) === loopOf(e.to) && loopOf(e.from),
);

/** The folders an import from `from` to `to` comes back through: to, …, from. */
function wayBack(from: string, to: string): string[] {
  const cameFrom = new Map<string, string>([[to, to]]);
  const queue = [to];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    if (v === from) break;
    for (const w of [...(loopGraph.get(v) ?? [])].sort()) {
      if (cameFrom.has(w)) continue;
      cameFrom.set(w, v);
      queue.push(w);
    }
  }
  const way = [from];
  while (way[0] !== to) way.unshift(cameFrom.get(way[0] as string) as string);
  return way;
}

const current: Baseline = {
  sqlOutsideRoleFiles: [...sqlFiles.keys()].sort(),
  platformImportsArea: platformEdges.map((e) => `${e.from} -> ${e.to}`).sort(),
  folderCycles,
  folderLoopImports: folderLoopImports.map((e) => `${e.from} -> ${e.to}`).sort(),
  fileCycles: cycles(fileGraph.graph),
};

// ---------------------------------------------------------------------------------------------
// The baseline

const within = (part: string[], whole: string[]) => part.every((x) => whole.includes(x));

/** Keeps what is still violated and was already allowed: the baseline can only shrink. */
function shrink(old: Baseline, now: Baseline): Baseline {
  const keepLoops = (olds: string[][], nows: string[][]) =>
    nows.filter((c) => olds.some((o) => within(c, o)));
  return {
    sqlOutsideRoleFiles: now.sqlOutsideRoleFiles.filter((f) => old.sqlOutsideRoleFiles.includes(f)),
    platformImportsArea: now.platformImportsArea.filter((e) => old.platformImportsArea.includes(e)),
    folderCycles: keepLoops(old.folderCycles, now.folderCycles),
    folderLoopImports: now.folderLoopImports.filter((e) => old.folderLoopImports.includes(e)),
    fileCycles: keepLoops(old.fileCycles, now.fileCycles),
  };
}

/** JSON as Biome formats it: one entry a line, a loop on one line when it fits in 100 columns. */
function serialize(baseline: Baseline): string {
  const str = (s: string) => JSON.stringify(s);
  const loop = (c: string[]) => {
    const flat = `    [${c.map(str).join(", ")}]`;
    return flat.length + 1 <= 100
      ? flat
      : `    [\n${c.map((x) => `      ${str(x)}`).join(",\n")}\n    ]`;
  };
  const list = (key: string, items: string[]) =>
    items.length === 0 ? `  ${str(key)}: []` : `  ${str(key)}: [\n${items.join(",\n")}\n  ]`;
  return `{\n${[
    list(
      "sqlOutsideRoleFiles",
      baseline.sqlOutsideRoleFiles.map((f) => `    ${str(f)}`),
    ),
    list(
      "platformImportsArea",
      baseline.platformImportsArea.map((e) => `    ${str(e)}`),
    ),
    list("folderCycles", baseline.folderCycles.map(loop)),
    list(
      "folderLoopImports",
      baseline.folderLoopImports.map((e) => `    ${str(e)}`),
    ),
    list("fileCycles", baseline.fileCycles.map(loop)),
  ].join(",\n")}\n}\n`;
}

function loadBaseline(): Baseline {
  const empty: Baseline = {
    sqlOutsideRoleFiles: [],
    platformImportsArea: [],
    folderCycles: [],
    folderLoopImports: [],
    fileCycles: [],
  };
  const exists = fs.existsSync(BASELINE_FILE);
  if (process.env.UPDATE_ARCHITECTURE_BASELINE) {
    const next = exists
      ? shrink({ ...empty, ...JSON.parse(fs.readFileSync(BASELINE_FILE, "utf8")) }, current)
      : current;
    fs.writeFileSync(BASELINE_FILE, serialize(next));
  }
  if (!fs.existsSync(BASELINE_FILE)) return empty;
  const read: Baseline = { ...empty, ...JSON.parse(fs.readFileSync(BASELINE_FILE, "utf8")) };
  // A loop is a set of nodes: compared sorted, whatever the order written.
  const sortLoops = (loops: string[][]) => loops.map((c) => [...c].sort());
  return {
    ...read,
    folderCycles: sortLoops(read.folderCycles),
    fileCycles: sortLoops(read.fileCycles),
  };
}

const baseline = loadBaseline();
const FIX_BASELINE =
  "remove it from src/architecture-baseline.json (or run UPDATE_ARCHITECTURE_BASELINE=1 npx vitest run src/architecture.test.ts) so that it cannot come back";

function failIfAny(problems: string[], summary: string) {
  if (problems.length > 0)
    assert.fail(`${summary} (${problems.length}):\n\n${problems.join("\n\n")}\n`);
}

/** The failures of one loop rule: new loops, loops that shrank, loops gone. */
function loopProblems(
  kind: "folder" | "file",
  now: string[][],
  allowed: string[][],
  edges: Map<string, Edge>,
  label: (node: string) => string,
): string[] {
  const problems: string[] = [];
  const key = (c: string[]) => c.join("\n");
  const allowedKeys = new Set(allowed.map(key));
  const nowKeys = new Set(now.map(key));
  const names = (c: string[]) => c.map(label).join(", ");
  for (const loop of now) {
    if (allowedKeys.has(key(loop))) continue;
    // Part of a baselined loop that shrank: reported below, with that loop.
    if (allowed.some((o) => within(loop, o))) continue;
    const inLoop = [...edges.values()].filter((e) => loop.includes(e.from) && loop.includes(e.to));
    const known = (e: Edge) => allowed.some((o) => o.includes(e.from) && o.includes(e.to));
    inLoop.sort((a, b) => Number(known(a)) - Number(known(b)));
    problems.push(
      `New ${kind} import loop: ${names(loop)} import each other. Break it (move the shared code down, or invert the dependency). Its imports${inLoop.some(known) ? " (new ones first)" : ""}:\n${inLoop
        .map((e) => `  ${label(e.from)} -> ${label(e.to)}${known(e) ? "" : " (new)"}: ${e.via[0]}`)
        .join("\n")}`,
    );
  }
  for (const loop of allowed) {
    if (nowKeys.has(key(loop))) continue;
    const left = now.filter((c) => within(c, loop));
    problems.push(
      left.length > 0
        ? `The baselined ${kind} loop [${names(loop)}] is now only [${left.map(names).join("], [")}]: replace it in src/architecture-baseline.json (or run UPDATE_ARCHITECTURE_BASELINE=1 npx vitest run src/architecture.test.ts).`
        : `The baselined ${kind} loop [${names(loop)}] is gone: ${FIX_BASELINE}.`,
    );
  }
  return problems;
}

describe("architecture (ratchets: src/architecture-baseline.json may only shrink)", () => {
  it("keeps SQL in queries.ts and commands.ts files", () => {
    const problems: string[] = [];
    for (const [rel, sql] of sqlFiles) {
      if (baseline.sqlOutsideRoleFiles.includes(rel)) continue;
      problems.push(
        `src/${rel}:${sql.line} contains SQL (\`${sql.text}\`). SQL belongs in the queries.ts (reads) or commands.ts (writes) of its folder; call those functions from here.`,
      );
    }
    for (const rel of baseline.sqlOutsideRoleFiles) {
      if (sqlFiles.has(rel)) continue;
      const why = fs.existsSync(path.join(SRC, rel))
        ? "no longer contains SQL"
        : "no longer exists";
      problems.push(`src/${rel} ${why}: ${FIX_BASELINE}.`);
    }
    failIfAny(problems, "SQL outside queries.ts / commands.ts");
  });

  it("keeps platform/ from importing the areas", () => {
    const problems: string[] = [];
    for (const edge of platformEdges) {
      if (baseline.platformImportsArea.includes(`${edge.from} -> ${edge.to}`)) continue;
      problems.push(
        `${show(edge.from)} imports ${show(edge.to)}: the platform is the ground floor and must not depend on an area (pass what it needs in as a parameter or registration instead).\n${edge.via.map((v) => `  ${v}`).join("\n")}`,
      );
    }
    const now = new Set(current.platformImportsArea);
    for (const entry of baseline.platformImportsArea) {
      if (!now.has(entry)) problems.push(`"${entry}" no longer happens: ${FIX_BASELINE}.`);
    }
    failIfAny(problems, "platform/ importing an area");
  });

  it("has no import loops between folders", () => {
    const problems = loopProblems(
      "folder",
      current.folderCycles,
      baseline.folderCycles,
      new Map(folderLoopImports.map((e) => [`${e.from} -> ${e.to}`, e])),
      show,
    );
    failIfAny(problems, "Folder import loops");
  });

  it("adds no import inside a folder loop", () => {
    const problems: string[] = [];
    for (const edge of folderLoopImports) {
      if (baseline.folderLoopImports.includes(`${edge.from} -> ${edge.to}`)) continue;
      problems.push(
        `${show(edge.from)} imports ${show(edge.to)}, which imports it back (${wayBack(
          edge.from,
          edge.to,
        )
          .map(show)
          .join(
            " -> ",
          )}): that tightens a folder loop the refactoring has to undo.\n${edge.via.map((v) => `  ${v}`).join("\n")}`,
      );
    }
    const now = new Set(current.folderLoopImports);
    for (const entry of baseline.folderLoopImports) {
      if (!now.has(entry))
        problems.push(`"${entry}" is no longer part of a loop: ${FIX_BASELINE}.`);
    }
    failIfAny(problems, "Imports inside folder loops");
  });

  it("has no import loops between files", () => {
    const problems = loopProblems(
      "file",
      current.fileCycles,
      baseline.fileCycles,
      fileGraph.edges,
      (rel) => `src/${rel}`,
    );
    failIfAny(problems, "File import loops");
  });

  it("sees SQL and imports where they are, not in comments", () => {
    const code = stripComments(
      [
        "// db.query(`SELECT 1`)",
        "/* INSERT INTO t */ const re = /['\"]/g;",
        // A template inside a template's placeholder ("$\u{7B}" is "\${", spelled so for the linter).
        "const s = 'it\\'s'; const t = `a $\u{7B}`b $\u{7B}'c'}`} d`;",
        'const q = "SELECT a FROM t";',
        'import { x } from "./x.ts";',
      ].join("\n"),
    );
    assert.equal(findSql(code)?.line, 4);
    assert.equal(code.split("\n")[0]?.trim(), "");
    assert.deepEqual(
      [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]),
      ["./x.ts"],
    );
    assert.isUndefined(findSql(stripComments('const m = c.req.query("page"); // SELECT x FROM t')));
  });
});
