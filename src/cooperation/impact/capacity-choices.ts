/**
 * What the capacity form offers and how capacities are named: the materials, stages and countries
 * of the criticality reference, in both languages. The form lists the project's own materials
 * first and proposes the project's country, since most capacity is added where the project is.
 */
import type { Queryable } from "../../platform/db/client.ts";
import type { Lang, Texts } from "../../platform/i18n/i18n.ts";
import { CAPACITY_STAGES, type CapacityKey } from "./commands.ts";
import { type NameRow, projectMaterialsAndCountry, referenceRows } from "./queries.ts";

export type Reference = {
  materials: Map<string, Texts>;
  stages: Map<string, Texts>;
  countries: Map<string, Texts>;
};

export type Choice = { id: string; name: string };

export type CapacityChoices = {
  ownMaterials: Choice[];
  otherMaterials: Choice[];
  stages: Choice[];
  countries: Choice[];
  projectCountry: string | null;
};

const byId = (rows: NameRow[]) => new Map(rows.map((r) => [r.id, { fr: r.fr, en: r.en }]));

export async function referenceNames(db: Queryable): Promise<Reference> {
  const { materials, stages, countries } = await referenceRows(db);
  return { materials: byId(materials), stages: byId(stages), countries: byId(countries) };
}

/** The name of a material, stage or country in `lang`; its id when the reference lacks it. */
export const nameIn = (names: Map<string, Texts>, id: string, lang: Lang): string =>
  names.get(id)?.[lang] ?? id;

const both = (names: Map<string, Texts>, id: string): Texts => ({
  fr: nameIn(names, id, "fr"),
  en: nameIn(names, id, "en"),
});

/** A capacity's material, stage and country in both languages, for error messages. */
export const capacityNames = (ref: Reference, key: CapacityKey) => ({
  material: both(ref.materials, key.material),
  stage: both(ref.stages, key.stage),
  country: both(ref.countries, key.country),
});

function sorted(names: Map<string, Texts>, lang: Lang, ids: Iterable<string>): Choice[] {
  return [...ids]
    .map((id) => ({ id, name: nameIn(names, id, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

export async function capacityChoices(
  db: Queryable,
  ref: Reference,
  projectId: string,
  lang: Lang,
): Promise<CapacityChoices> {
  const { materialIds, countryId } = await projectMaterialsAndCountry(db, projectId);
  const ownIds = new Set(materialIds);
  return {
    ownMaterials: sorted(ref.materials, lang, ownIds),
    otherMaterials: sorted(
      ref.materials,
      lang,
      [...ref.materials.keys()].filter((id) => !ownIds.has(id)),
    ),
    // The engine's order (extraction before processing), not the alphabet's.
    stages: CAPACITY_STAGES.map((id) => ({ id, name: nameIn(ref.stages, id, lang) })),
    countries: sorted(ref.countries, lang, ref.countries.keys()),
    projectCountry: countryId,
  };
}
