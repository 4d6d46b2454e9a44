/** The portfolio ranked by how much each visible project lowers a party's supply risk. */
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import { formatChange, formatNumber } from "../../platform/i18n/format.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { TableHead } from "../../platform/web/table-head.tsx";
import { VIEW_CODES } from "../../shared/party.ts";
import { nameIn, referenceNames } from "./capacity-choices.ts";
import { impactText as t } from "./messages.ts";
import { partyName, RANKING_VIEW_CODES } from "./present.ts";
import { rankProjects } from "./ranking.ts";
import { materialId, requireViewCode } from "./route-helpers.ts";

const READ = access("read", "Project");

export function registerRankingPage(router: Router): void {
  router.page("GET", "/cooperation/impact", READ, async (c) => {
    const lang = c.var.lang;
    const party = requireViewCode(c.req.query("partie"));
    const name = c.req.query("matiere") ?? "graphite";
    const id = await materialId(c, name);
    const [ranked, ref] = await Promise.all([
      rankProjects(c.var.deps.db, c.var.actor, id, VIEW_CODES[party]),
      referenceNames(c.var.deps.db),
    ]);
    const n = (v: number) => formatNumber(lang, v, 3);
    const stageNames = (stages: readonly string[]) =>
      [...new Set(stages)].map((s) => nameIn(ref.stages, s, lang)).join(", ");
    return renderPage(
      c,
      t(lang, "rankingTitle"),
      <>
        <h1>{t(lang, "rankingTitle")}</h1>
        <form method="get" action={localisedPath(lang, "/cooperation/impact")} class="inline">
          <label for="rk-material">{t(lang, "material")}</label>
          <input id="rk-material" name="matiere" value={name} />
          <label for="rk-party">{t(lang, "party")}</label>
          <select id="rk-party" name="partie">
            {RANKING_VIEW_CODES.map((p) => (
              <option value={p} selected={p === party}>
                {partyName(lang, VIEW_CODES[p])}
              </option>
            ))}
          </select>
          <button type="submit">{t(lang, "choose")}</button>
        </form>
        {ranked.length === 0 ? (
          <p>{t(lang, "rankingNone")}</p>
        ) : (
          <table>
            <caption>
              {t(lang, "rankingCaption", {
                material: nameIn(ref.materials, id, lang),
                party: partyName(lang, VIEW_CODES[party]),
              })}
            </caption>
            <TableHead
              columns={[
                t(lang, "project"),
                { text: t(lang, "sr"), num: true },
                { text: t(lang, "delta"), num: true },
                t(lang, "remark"),
              ]}
            />
            <tbody>
              {ranked.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={localisedPath(lang, `/cooperation/projets/${r.code}`)}>
                      <span class="code">{r.code}</span> — {r.title[lang]}
                    </a>
                  </th>
                  <td class="num">
                    {n(r.supplyRisk.before)} → {n(r.supplyRisk.after)}
                  </td>
                  <td class="num">{formatChange(lang, r.supplyRisk.delta, 3)}</td>
                  <td>
                    {r.unassessed.length > 0 &&
                      t(lang, "unassessedShort", {
                        stages: stageNames(r.unassessed.map((u) => u.stage)),
                      })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>,
    );
  });
}
