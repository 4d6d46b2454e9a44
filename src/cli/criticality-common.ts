import type { PartyId, Stage } from "../criticality/engine/index.ts";
import { resolveMaterial } from "../criticality/loaders/materials.ts";
import type { Db } from "../platform/db/client.ts";
import { fail } from "../platform/errors/app-error.ts";
import type { Lang } from "../platform/i18n/i18n.ts";
import { UsageError } from "./context.ts";
import { cli } from "./messages.ts";

/** CLI stage names → engine stages. */
export const CLI_STAGES: Readonly<Record<string, Stage>> = {
  mine: "extraction",
  refinery: "processing",
};

/** CLI party names → engine parties. */
export const CLI_PARTIES: Readonly<Record<string, PartyId>> = {
  global: "global",
  qc: "quebec-canada",
  fr: "france-eu",
};

export function pick<T>(
  lang: Lang,
  table: Readonly<Record<string, T>>,
  value: string,
  option: string,
): T {
  const hit = Object.hasOwn(table, value) ? table[value] : undefined;
  if (hit === undefined) {
    throw new UsageError(
      cli(lang, "badOption", { detail: `${option} ${value} (${Object.keys(table).join(", ")})` }),
    );
  }
  return hit;
}

export function parseYear(lang: Lang, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new UsageError(cli(lang, "badOption", { detail: `--year ${value}` }));
  }
  return year;
}

/** The material's id, or a localised error naming close matches. */
export async function materialOrFail(db: Db, lang: Lang, name: string) {
  const match = await resolveMaterial(db, name);
  if (match.found) return match.material;
  const names = match.suggestions.map((m) => (lang === "fr" ? m.nameFr : m.nameEn));
  const suggestions =
    names.length === 0
      ? ""
      : lang === "fr"
        ? ` Vouliez-vous dire : ${names.join(", ")} ?`
        : ` Did you mean: ${names.join(", ")}?`;
  throw fail("criticality_unknown_material", { name, suggestions });
}
