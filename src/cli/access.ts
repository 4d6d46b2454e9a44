import fs from "node:fs/promises";
import { computeDeadlines, explainDeadlines } from "../access/deadlines/index.ts";
import { produceLetterFile } from "../access/letters/letter-file.ts";
import { LETTER_KINDS, type LetterKind } from "../access/letters/types.ts";
import { fail } from "../platform/errors/app-error.ts";
import { parseOptions, required } from "./args.ts";
import { type CliContext, type Subcommand, UsageError } from "./context.ts";
import { cli } from "./messages.ts";

/** alliage access deadline …: the statutory deadlines of a request; needs no database. */
export const accessCommand: Subcommand = async (ctx) => {
  const [action, ...rest] = ctx.args;
  if (action === "deadline") return deadline(ctx, rest);
  if (action === "letter") return letter(ctx, rest);
  throw new UsageError(cli(ctx.config.cliLang, "usage"));
};

/**
 * alliage access deadline --received YYYY-MM-DD [--jurisdiction qc|fr] [--extended]
 *   [--extension-notice YYYY-MM-DD] [--decided YYYY-MM-DD] [--json]
 */
function deadline(ctx: CliContext, args: string[]): number {
  const lang = ctx.config.cliLang;
  const { values } = parseOptions(lang, args, {
    received: { type: "string" },
    jurisdiction: { type: "string" },
    extended: { type: "boolean" },
    "extension-notice": { type: "string" },
    decided: { type: "string" },
    json: { type: "boolean" },
  });
  const result = computeDeadlines({
    received: required(lang, values.received, "--received"),
    ...(values.jurisdiction !== undefined && { jurisdiction: values.jurisdiction }),
    ...(values.extended && { extended: true }),
    ...(values["extension-notice"] !== undefined && {
      extensionNoticeSent: values["extension-notice"],
    }),
    ...(values.decided !== undefined && { decided: values.decided }),
  });
  if (values.json) {
    ctx.out(JSON.stringify(result));
    return 0;
  }
  for (const line of explainDeadlines(result, lang)) ctx.out(line);
  return 0;
}

/**
 * alliage access letter REFERENCE [--kind K] [--format pdf|docx] --out FILE: the letter as it
 * was sent when one is on file (PDF), else freshly rendered from the request and its template.
 */
async function letter(ctx: CliContext, args: string[]): Promise<number> {
  const lang = ctx.config.cliLang;
  const { values, positionals } = parseOptions(lang, args, {
    kind: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  });
  const reference = positionals[0];
  if (!reference) throw new UsageError(cli(lang, "usage"));
  const kind = values.kind ?? "decision";
  const format = values.format ?? "pdf";
  if (!(LETTER_KINDS as readonly string[]).includes(kind) || !["pdf", "docx"].includes(format)) {
    throw new UsageError(cli(lang, "usage"));
  }
  const out = required(lang, values.out, "--out");
  const db = await ctx.database();
  try {
    const file = await produceLetterFile(
      db,
      reference,
      kind as LetterKind,
      format as "pdf" | "docx",
    );
    if (!file) throw fail("access_request_unknown", { reference });
    await fs.writeFile(ctx.resolvePath(out), file);
    ctx.out(cli(lang, "letterWritten", { file: out, bytes: file.byteLength }));
    return 0;
  } finally {
    await db.close();
  }
}
