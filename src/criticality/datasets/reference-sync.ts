import type { Queryable } from "../../platform/db/client.ts";
import { insertRows } from "../../platform/db/insert-rows.ts";
import { COUNTRY_SOURCE_CODES } from "../reference/country-aliases.ts";
import { type Reference, reference } from "../reference/reference.ts";
import { STAGES } from "../reference/stages.ts";

const update = (key: string, columns: string[]) =>
  `(${key}) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}`;

/**
 * Writes the reference tables from the code. Upserts only: a material or country that
 * observations point to is never deleted, and a corrected name reaches older installations.
 */
export async function syncReference(tx: Queryable, ref: Reference = reference()): Promise<void> {
  await insertRows(
    tx,
    "stages",
    ["id", "position", "label_fr", "label_en"],
    STAGES.map((s, i) => [s.id, i + 1, s.fr, s.en]),
    { onConflict: update("id", ["position", "label_fr", "label_en"]) },
  );
  await insertRows(
    tx,
    "materials",
    ["id", "name_fr", "name_en", "symbol", "family", "is_group"],
    ref.materials.map((m) => [
      m.id,
      m.fr,
      m.en,
      m.symbol ?? null,
      m.family,
      m.members !== undefined,
    ]),
    { onConflict: update("id", ["name_fr", "name_en", "symbol", "family", "is_group"]) },
  );
  await insertRows(
    tx,
    "material_group_members",
    ["group_id", "member_id"],
    ref.materials.flatMap((g) => (g.members ?? []).map((m) => [g.id, m])),
    { onConflict: "DO NOTHING" },
  );
  await insertRows(
    tx,
    "material_aliases",
    ["alias_key", "alias", "material_id"],
    [...ref.materialAliases].map(([key, a]) => [key, a.alias, a.id]),
    { onConflict: update("alias_key", ["alias", "material_id"]) },
  );
  await insertRows(
    tx,
    "countries",
    ["id", "alpha2", "numeric_code", "baci_code", "iso_status", "name_fr", "name_en"],
    ref.countries.map((c) => [c.id, c.alpha2, c.numeric, c.baciCode, c.isoStatus, c.fr, c.en]),
    {
      onConflict: update("id", [
        "alpha2",
        "numeric_code",
        "baci_code",
        "iso_status",
        "name_fr",
        "name_en",
      ]),
    },
  );
  await insertRows(
    tx,
    "country_aliases",
    ["alias_key", "alias", "country_id"],
    [...ref.countryAliases].map(([key, a]) => [key, a.alias, a.id]),
    { onConflict: update("alias_key", ["alias", "country_id"]) },
  );
  await insertRows(
    tx,
    "country_source_codes",
    ["source", "code", "country_id"],
    Object.entries(COUNTRY_SOURCE_CODES).flatMap(([source, codes]) =>
      Object.entries(codes).map(([code, id]) => [source, code, id]),
    ),
    { onConflict: update("source, code", ["country_id"]) },
  );
}
