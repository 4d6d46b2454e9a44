/**
 * Material groups (LREE, HREE, PGM and their members) on the lists that show materials one per
 * row: the matrix holds a group's row but not its members, official lists name members
 * (neodymium) whose EU figures are the group's, so each row says which group it belongs to or
 * which members it stands for.
 */
import { type Lang, messages } from "../../platform/i18n/i18n.ts";
import type { GroupIndex, Named } from "./queries.ts";

const text = messages({
  memberOf: { fr: "membre de {groups}", en: "member of {groups}" },
  members: { fr: "membres : {members}", en: "members: {members}" },
});

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
