import fs from "node:fs";
import path from "node:path";
import { reference } from "../reference/reference.ts";
import { decodeText } from "./decode.ts";
import type { ParseContext } from "./importer.ts";
import type { Issue } from "./issues.ts";
import { DATA_DIR } from "./seed.ts";

/** A bundled data file as a parser receives it (for tests). */
export function bundled(file: string, vintage?: string): { text: string; ctx: ParseContext } {
  const { text } = decodeText(fs.readFileSync(path.join(DATA_DIR, file)));
  return { text, ctx: { fileName: path.basename(file), vintage, ref: reference() } };
}

/** "action reason" → count, to assert a parser's report in one line. */
export function countIssues(issues: readonly Issue[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of issues)
    out[`${i.action} ${i.reason}`] = (out[`${i.action} ${i.reason}`] ?? 0) + 1;
  return out;
}

export const linesOf = (issues: readonly Issue[], reason: Issue["reason"]) =>
  issues.filter((i) => i.reason === reason).map((i) => i.line);
