import fs from "node:fs";
import type { TemplateKey } from "./types.ts";

const DIR = new URL("./templates/", import.meta.url);

// .txt rather than .md: Biome formats Markdown, and would rewrite the blank lines and
// indentation that this markup gives a meaning to.
export const templateFileName = (key: TemplateKey) =>
  `${key.kind}.${key.jurisdiction}.${key.lang}.txt`;

/** The template shipped with Alliage for that key, used when no administrator has changed it. */
export function defaultTemplate(key: TemplateKey): string {
  return fs.readFileSync(new URL(templateFileName(key), DIR), "utf8");
}
