import type { Texts } from "../../platform/i18n/i18n.ts";

/** A material a brief links to, as its page lists it. */
export type BriefMaterialLink = { id: string; name: Texts };

/** A project a brief links to, as its page lists it. */
export type BriefProjectLink = { code: string; title: Texts };

export const presentMaterialLink = (r: {
  id: string;
  name_fr: string;
  name_en: string;
}): BriefMaterialLink => ({ id: r.id, name: { fr: r.name_fr, en: r.name_en } });

export const presentProjectLink = (r: {
  code: string;
  title_fr: string;
  title_en: string;
}): BriefProjectLink => ({ code: r.code, title: { fr: r.title_fr, en: r.title_en } });
