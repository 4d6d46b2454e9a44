// Ratchets: architecture-baseline.json lists today's exceptions, and that list may only shrink.
//
// Rules over the source files of src/ (tests, test helpers and testing/ folders excluded):
//   1. SQL (`.query(`, `.query<`, sql`…`, a string starting with SELECT, INSERT INTO, UPDATE … SET,
//      DELETE FROM or WITH … AS) appears only in files named queries.ts or commands.ts (or
//      <part>-queries.ts, <part>-commands.ts)
//      (src/platform/db/, the database layer itself, is exempt);
//   2. no folder of src/platform/ imports a folder outside it (an area, or src/ itself), except
//      src/shared/, the domain's vocabulary (Party, Jurisdiction), which imports nothing of src/;
//   3. no two folders import each other, directly or through others (a folder loop: a strongly
//      connected component of the folder graph, platform/ -> area imports left out as rule 2
//      counts them already); and no new import between two folders of one loop, which would
//      tighten a loop that is already there without changing its folders;
//   4. no two files import each other, directly or through others (a file loop);
//   5. the packages loaded at their first use (the chart engine, the spreadsheet library, the PDF
//      library: about a second together) are imported for their types only and loaded through
//      onFirstUse, the chart engine by src/platform/web/svg-chart.ts alone (no baseline).
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
import { assert, describe, it } from "vitest";
import {
  cycles,
  type Edge,
  findSql,
  graphOf,
  listSources,
  packageUses,
  readSource,
  SRC,
} from "./platform/testing/source-scan.ts";

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

// A feature split by part keeps the role as the suffix: <part>-queries.ts, <part>-commands.ts.
const isSqlRoleFile = (name: string) => /^(?:[a-z0-9-]+-)?(?:queries|commands)\.ts$/.test(name);

const isSqlExempt = (rel: string) =>
  rel.startsWith("platform/db/") || rel.split("/").some((part) => /^migrations?$/.test(part));

// ---------------------------------------------------------------------------------------------
// Graphs

const folderOf = (rel: string) => path.posix.dirname(rel);
const show = (folder: string) => (folder === "." ? "src/" : `src/${folder}/`);

// ---------------------------------------------------------------------------------------------
// The analysis, once for all tests (well under a second: plain reads and regular expressions)

const files = listSources().map(readSource);

const sqlFiles = new Map<string, { line: number; text: string }>();
for (const file of files) {
  if (isSqlExempt(file.rel) || isSqlRoleFile(path.posix.basename(file.rel))) continue;
  const sql = findSql(file.code);
  if (sql) sqlFiles.set(file.rel, sql);
}

const folders = graphOf(files, folderOf);
const isPlatform = (folder: string) => folder === "platform" || folder.startsWith("platform/");
const isShared = (folder: string) => folder === "shared" || folder.startsWith("shared/");
const platformEdges = [...folders.edges.values()].filter(
  (e) => isPlatform(e.from) && !isPlatform(e.to) && !isShared(e.to),
);
const sharedEdges = [...folders.edges.values()].filter((e) => isShared(e.from) && !isShared(e.to));
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

  it("registers routes only from files named routes.ts(x) or <part>-routes.ts(x)", () => {
    failIfAny(
      files
        .filter((f) => /\brouter\.(page|route|api)\(/.test(f.code))
        .filter((f) => !/routes\.tsx?$/.test(f.rel))
        .map((f) => `src/${f.rel} registers routes: rename it routes.tsx or <part>-routes.tsx.`),
      "route registrations outside routes files",
    );
  });

  it("loads the chart engine, the spreadsheet and PDF libraries at first use only", () => {
    // Where each may be loaded, and how; anywhere else, only its types may be imported.
    const firstUse = "load it with onFirstUse (src/platform/first-use.ts)";
    const loaders: Record<string, { mayLoad: (rel: string) => boolean; how: string }> = {
      echarts: {
        mayLoad: (rel) => rel === "platform/web/svg-chart.ts",
        how: "draw through drawSvgChart or renderSvgChart (src/platform/web/svg-chart.ts)",
      },
      exceljs: { mayLoad: () => true, how: firstUse },
      pdfkit: { mayLoad: () => true, how: firstUse },
      archiver: { mayLoad: () => true, how: firstUse },
      mupdf: {
        mayLoad: (rel) => rel === "platform/mupdf.ts",
        how: "await loadMupdf() (src/platform/mupdf.ts)",
      },
    };
    const problems: string[] = [];
    for (const file of files) {
      for (const [pkg, { mayLoad, how }] of Object.entries(loaders)) {
        for (const { line, use } of packageUses(file.code, pkg)) {
          if (use === "type" || (use === "first-use" && mayLoad(file.rel))) continue;
          problems.push(
            use === "first-use"
              ? `src/${file.rel}:${line} loads "${pkg}" itself: ${how}.`
              : `src/${file.rel}:${line} imports "${pkg}" with the file, so every start of the server and the CLI pays for it: import its types only (\`import type\`) and ${how}.`,
          );
        }
      }
    }
    failIfAny(problems, "Packages loaded with the file instead of at first use");
  });

  it("keeps src/shared/ importing nothing of src/ (every floor may import it)", () => {
    failIfAny(
      sharedEdges.map(
        (edge) =>
          `${show(edge.from)} imports ${show(edge.to)}: shared types sit below the platform and the areas.\n${edge.via.map((v) => `  ${v}`).join("\n")}`,
      ),
      "src/shared/ importing the rest of src/",
    );
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
});
