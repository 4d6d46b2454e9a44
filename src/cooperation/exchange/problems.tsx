import { fail } from "../../platform/errors/app-error.ts";
import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import type { RowProblem } from "./check.ts";
import { exchangeText } from "./messages.ts";

/** The refused file's report, for either kind: every row to correct and why. */
export function ProblemsSection(props: { lang: Lang; id: string; problems: RowProblem[] }) {
  const { lang, id, problems } = props;
  const rows = problems.map((p) => p.row);
  return (
    <section aria-labelledby={id}>
      <Alert kind="error">
        <p id={id}>
          {fail("cooperation_import_rows", {
            count: rows.length,
            rows: rows.join(", "),
          }).messageIn(lang)}
        </p>
      </Alert>
      <div class="table-wrap">
        <table class="data-table">
          <caption>{exchangeText(lang, "problemsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">
                {exchangeText(lang, "colRow")}
              </th>
              <th scope="col">{exchangeText(lang, "colReasons")}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p) => (
              <tr>
                <th scope="row" class="num">
                  {p.row}
                </th>
                <td>
                  <ul>
                    {p.reasons.map((r) => (
                      <li>{localise(r, lang)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
