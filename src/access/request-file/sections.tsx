/** The request's file on its page: the documented search and the third parties notified. */

import { formatDate } from "../../platform/i18n/format.ts";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { InlineInput } from "../../platform/web/inline-input.tsx";
import { deadlineRules } from "../deadlines/rules.ts";
import { accessText as t } from "../requests/messages.ts";
import { requestFileText } from "./messages.ts";

import type { RequestView } from "./present.ts";

export function SearchSection({ v, action }: { v: RequestView; action: string }) {
  const { lang } = v;
  return (
    <section aria-labelledby="recherche">
      <h2 id="recherche">{requestFileText(lang, "searchLog")}</h2>
      {v.file.searches.length === 0 ? (
        <p class="empty-state">{requestFileText(lang, "noSearch")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{requestFileText(lang, "unit")}</th>
              <th scope="col">{requestFileText(lang, "onDate")}</th>
              <th scope="col">{requestFileText(lang, "result")}</th>
              <th scope="col">{t(lang, "officer")}</th>
            </tr>
          </thead>
          <tbody>
            {v.file.searches.map((s) => (
              <tr>
                <td>{s.unit}</td>
                <td>{formatDate(lang, s.searchedOn)}</td>
                <td class="prewrap">{s.result}</td>
                <td>{s.byName ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {v.canUpdate && (
        <form method="post" action={action} class="filters">
          <Csrf token={v.csrf} />
          <InlineInput id="unit" label={requestFileText(lang, "unit")} required maxlength={200} />
          <InlineInput
            id="searchedOn"
            label={requestFileText(lang, "onDate")}
            type="date"
            value={v.today}
            required
          />
          <InlineInput
            id="result"
            label={requestFileText(lang, "result")}
            required
            maxlength={2000}
          />
          <div>
            <button type="submit">{requestFileText(lang, "addSearch")}</button>
          </div>
        </form>
      )}
    </section>
  );
}

export function ThirdPartySection({ v, action }: { v: RequestView; action: string }) {
  const { lang } = v;
  const notices = v.file.thirdParties;
  if (notices.length === 0 && !v.canUpdate) return null;
  return (
    <section aria-labelledby="tiers">
      <h2 id="tiers">{requestFileText(lang, "thirdParties")}</h2>
      {notices.length === 0 ? (
        <p class="empty-state">{requestFileText(lang, "noThirdParty")}</p>
      ) : (
        <ul>
          {notices.map((n) => (
            <li>
              {n.thirdParty} —{" "}
              {requestFileText(lang, "thirdPartySent", { date: formatDate(lang, n.sentOn) })}
              {" · "}
              {requestFileText(lang, "thirdPartyDue", {
                date: formatDate(lang, n.answerDueOn),
                days: deadlineRules().qc.thirdPartyObservations.days,
                basis: deadlineRules().qc.thirdPartyObservations.basis,
              })}
            </li>
          ))}
        </ul>
      )}
      {v.canUpdate && (
        <form method="post" action={action} class="filters">
          <Csrf token={v.csrf} />
          <InlineInput
            id="thirdParty"
            label={requestFileText(lang, "thirdParty")}
            required
            maxlength={200}
          />
          <InlineInput
            id="sentOn"
            label={requestFileText(lang, "onDate")}
            type="date"
            value={v.today}
            required
          />
          <div>
            <button type="submit">{requestFileText(lang, "notifyThirdParty")}</button>
          </div>
        </form>
      )}
    </section>
  );
}
