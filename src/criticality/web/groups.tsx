/**
 * Material groups (LREE, HREE, PGM and their members) as data from material_group_members,
 * for the lists that show materials one per row: the matrix holds a group's row but not its
 * members, official lists name members (neodymium) whose EU figures are the group's, so each
 * row says which group it belongs to or which members it stands for.
 */
import type { Db } from "../../platform/db/client.ts";
import { type Lang, messages } from "../../platform/i18n/i18n.ts";

type Named = { id: string; name: { fr: string; en: string } };
export type GroupIndex = Map<string, { memberOf: Named[]; members: Named[] }>;

const text = messages({
  memberOf: { fr: "membre de {groups}", en: "member of {groups}" },
  members: { fr: "membres : {members}", en: "members: {members}" },
});

/** Every group link, indexed by group and by member. */
export async function loadGroupIndex(db: Db): Promise<GroupIndex> {
  const rows = await db.query<{
    group_id: string;
    member_id: string;
    group_fr: string;
    group_en: string;
    member_fr: string;
    member_en: string;
  }>(
    `SELECT g.group_id, g.member_id, gm.name_fr AS group_fr, gm.name_en AS group_en,
            m.name_fr AS member_fr, m.name_en AS member_en
       FROM material_group_members g
       JOIN materials m ON m.id = g.member_id
       JOIN materials gm ON gm.id = g.group_id`,
  );
  const index: GroupIndex = new Map();
  const entry = (id: string) => {
    const e = index.get(id) ?? { memberOf: [], members: [] };
    index.set(id, e);
    return e;
  };
  for (const r of rows) {
    entry(r.group_id).members.push({ id: r.member_id, name: { fr: r.member_fr, en: r.member_en } });
    entry(r.member_id).memberOf.push({ id: r.group_id, name: { fr: r.group_fr, en: r.group_en } });
  }
  return index;
}

const names = (lang: Lang, list: Named[]) =>
  list
    .map((m) => m.name[lang])
    .sort((a, b) => a.localeCompare(b, lang))
    .join(", ");

/** « membre de ÉTR légères » or « membres : cérium, lanthane… », beside a material's name. */
export function GroupNote({ lang, id, index }: { lang: Lang; id: string; index: GroupIndex }) {
  const g = index.get(id);
  if (!g) return null;
  const parts = [
    ...(g.memberOf.length > 0 ? [text(lang, "memberOf", { groups: names(lang, g.memberOf) })] : []),
    ...(g.members.length > 0 ? [text(lang, "members", { members: names(lang, g.members) })] : []),
  ];
  return (
    <>
      <br />
      <span class="group-note">{parts.join(lang === "fr" ? "\u202f; " : "; ")}</span>
    </>
  );
}
