import { parseArgs } from "node:util";
import type { Lang } from "../platform/i18n/i18n.ts";
import { UsageError } from "./context.ts";
import { cli } from "./messages.ts";

type Options = Record<string, { type: "string" | "boolean"; short?: string }>;

/** parseArgs with usage errors in the user's language. */
export function parseOptions<O extends Options>(lang: Lang, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(cli(lang, "badOption", { detail: (error as Error).message }));
  }
}

export function required(lang: Lang, value: string | boolean | undefined, option: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new UsageError(cli(lang, "missingOption", { option }));
  }
  return value;
}
