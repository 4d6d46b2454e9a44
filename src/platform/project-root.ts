import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's directory, where package.json, data/ and migrations/ are: found by walking up,
 * since this file runs from src/ (tsx, tests) or from a compiled build under .build/<key>/.
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (
      fs.existsSync(path.join(dir, "package.json")) &&
      fs.existsSync(path.join(dir, "migrations"))
    )
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no Alliage project above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the project: `projectPath("data", "access", "deadline-rules.json")`. */
export const projectPath = (...parts: string[]): string => path.join(PROJECT_ROOT, ...parts);
