// The compiled build: src/ to JavaScript once, so that the CLI and the server start without
// compiling TypeScript at every run. Plain JavaScript, so that it runs before anything is built.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SRC = path.join(ROOT, "src");
/** Builds live under .build/<key of the sources>; a few are kept for processes still running. */
export const BUILDS = path.join(ROOT, ".build");
const KEEP = 3;
const isSource = (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file);

function listFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

/**
 * What identifies the sources: every file's path, size and modification time, and this script.
 * Any edit gives another key, so a stale build is never run.
 */
export function sourceKey(src = SRC) {
  const hash = createHash("sha256");
  for (const file of [fileURLToPath(import.meta.url), ...listFiles(src)]) {
    const s = fs.statSync(file);
    hash.update(`${path.relative(ROOT, file)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/** The built CLI's entry for the current sources, if that build exists. */
export function builtEntry(key = sourceKey()) {
  const entry = path.join(BUILDS, key, "cli", "main.js");
  return fs.existsSync(entry) ? entry : undefined;
}

/**
 * Compiles every source file on its own (imports stay imports, so lazy `import()` stays lazy),
 * with `.ts`/`.tsx` import paths rewritten to `.js`, and copies the other files of src/ (CSS,
 * letter templates) beside them. The output mirrors src/ at the same depth below the project,
 * so paths such as `../../../migrations/` resolve as they do from the sources.
 */
export async function build(key = sourceKey()) {
  const { build: esbuild } = await import("esbuild");
  const out = path.join(BUILDS, key);
  if (fs.existsSync(path.join(out, "cli", "main.js"))) return out;
  fs.mkdirSync(BUILDS, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(BUILDS, `${key}.tmp-`));
  try {
    const files = listFiles(SRC);
    await esbuild({
      entryPoints: files.filter(isSource),
      outdir: tmp,
      outbase: SRC,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      jsx: "automatic",
      jsxImportSource: "hono/jsx",
      sourcemap: "linked",
      logLevel: "warning",
      plugins: [eachFileOnItsOwn],
    });
    for (const file of files.filter((f) => !/\.tsx?$/.test(f))) {
      const target = path.join(tmp, path.relative(SRC, file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
    }
    try {
      fs.renameSync(tmp, out);
    } catch (error) {
      // Another process built the same sources meanwhile: theirs is as good.
      if (!fs.existsSync(path.join(out, "cli", "main.js"))) throw error;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  pruneOldBuilds();
  return out;
}

/** Every import but the entry itself is left to Node, with its extension made `.js`. */
const eachFileOnItsOwn = {
  name: "each-file-on-its-own",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === "entry-point") return undefined;
      const relative = args.path.startsWith(".");
      return {
        path: relative ? args.path.replace(/\.tsx?$/, ".js") : args.path,
        external: true,
      };
    });
  },
};

function pruneOldBuilds() {
  const builds = fs
    .readdirSync(BUILDS, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[0-9a-f]{16}$/.test(e.name))
    .map((e) => ({
      dir: path.join(BUILDS, e.name),
      at: fs.statSync(path.join(BUILDS, e.name)).mtimeMs,
    }))
    .sort((a, b) => b.at - a.at);
  for (const old of builds.slice(KEEP)) fs.rmSync(old.dir, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = performance.now();
  const out = await build();
  console.log(`build: ${path.relative(ROOT, out)} (${Math.round(performance.now() - started)} ms)`);
}
