/** A brief's frozen figures beside the same figures recomputed on today's data. */
import type { Lang } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { listText, valueText } from "./figure-view.tsx";
import type { RowComparison } from "./figures.ts";
import { briefText as t } from "./messages.ts";
import { titleIn } from "./model.ts";
import { briefPath } from "./paths.ts";
import type { Brief } from "./queries.ts";

export function CurrentDataPage(props: {
  lang: Lang;
  brief: Brief;
  figures: {
    title: string;
    rows: RowComparison[] | null;
    error?: string;
    sources: { frozen: string[]; current: string[] };
  }[];
}) {
  const { lang, brief: b } = props;
  return (
    <>
      <h1>{t(lang, "currentTitle", { title: titleIn(b.content, lang) })}</h1>
      <p class="lead">{t(lang, "currentLead")}</p>
      <p>
        <a href={briefPath(lang, b.id)}>{t(lang, "backToBrief")}</a>
      </p>
      {props.figures.map((f, i) => (
        <section>
          <h2>{t(lang, "figureN", { n: i + 1, title: f.title })}</h2>
          {f.error && (
            <Alert kind="error" as="p">
              {f.error}
            </Alert>
          )}
          {f.rows && (
            <div class="table-wrap">
              <table class="data-table">
                <caption>{t(lang, "currentCaption", { n: i + 1 })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(lang, "quantity")}</th>
                    <th scope="col" class="num">
                      {t(lang, "frozenValue")}
                    </th>
                    <th scope="col" class="num">
                      {t(lang, "currentValue")}
                    </th>
                    <th scope="col" class="num">
                      {t(lang, "difference")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {f.rows.map((r) => (
                    <tr>
                      <th scope="row">
                        {r.label[lang]}
                        {r.criticalChanged && <strong> · {t(lang, "classChanged")}</strong>}
                      </th>
                      <td class="num">{valueText(lang, r.unit, r.frozen)}</td>
                      <td class="num">{valueText(lang, r.unit, r.current)}</td>
                      <td class="num">
                        {r.difference === null
                          ? "—"
                          : `${r.difference > 0 ? "+" : r.difference < 0 ? "−" : "±"}${valueText(lang, r.unit, Math.abs(r.difference))}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p class="source">
            {t(lang, "sourcesFrozen", { sources: listText(lang, f.sources.frozen) })}
          </p>
          <p class="source">
            {t(lang, "sourcesCurrent", { sources: listText(lang, f.sources.current) || "—" })}
          </p>
        </section>
      ))}
    </>
  );
}
