/**
 * The co-financing section of a project page: every visible commitment with what was disbursed
 * and what remains, totals in CAD and EUR at today's date (or ?a=YYYY-MM-DD), and the forms for
 * those allowed to change the project's financing.
 */
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { AppError } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formatDate } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { visibilityOf } from "../shared/visibility.ts";
import { CommitmentForm, DisbursementForm, EMPTY_COMMITMENT } from "./forms.tsx";
import { today } from "./input.ts";
import { financingText as t } from "./messages.ts";
import { formatMoney } from "./money.ts";
import { financingPath } from "./paths.ts";
import { presentRateUsed } from "./present.ts";
import { type FinancingLine, funders, projectLines, rateBookAt } from "./queries.ts";
import type { FundingParty } from "./schema.ts";
import { totalsOf } from "./totals.ts";
import { RateNote, TotalsTable } from "./totals-table.tsx";

/** What a project page hands this section: the fields of ProjectRow it uses. */
export type SectionProject = {
  id: string;
  code: string;
  owner_party: string;
  confidential_to: string | null;
  published: boolean;
};

/** ?a=YYYY-MM-DD when it is a date, else today in Québec. */
export function conversionDate(c: Context<AppEnv>): string {
  const asked = c.req.query("a") ?? "";
  return /^\d{4}-\d{2}-\d{2}$/.test(asked) && !Number.isNaN(Date.parse(asked))
    ? asked
    : today(c.var.deps.now());
}

export async function financingSection(ctx: {
  c: Context<AppEnv>;
  project: SectionProject;
}): Promise<Child> {
  const { c, project } = ctx;
  const { actor, deps, lang } = c.var;
  if (!deps.policy.can(actor, "read", "Financing")) return null;
  const lines = await projectLines(deps.db, visibilityOf(actor), project.id);
  const at = conversionDate(c);
  const book = await rateBookAt(deps.db, at);
  let totals: Child;
  try {
    totals = (
      <>
        <TotalsTable lang={lang} at={at} totals={totalsOf(lines, book)} />
        <RateNote lang={lang} rate={book.used && presentRateUsed(book.used)} />
      </>
    );
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    totals = (
      <Alert kind="note" as="p">
        {t(lang, "noRate", { message: e.messageIn(lang) })}
      </Alert>
    );
  }
  const canEdit = deps.policy.can(actor, "create", "Financing", {
    owner_party: project.owner_party,
  });
  return (
    <section aria-labelledby="financement" id="cofinancement">
      <h2 id="financement">{t(lang, "section")}</h2>
      {lines.length === 0 ? (
        <p class="empty-state">{t(lang, "none")}</p>
      ) : (
        <LinesTable lang={lang} code={project.code} lines={lines} canEdit={canEdit} />
      )}
      {lines.length > 0 && totals}
      <form method="get" class="filters">
        <div>
          <label for="financing-at">{t(lang, "atLabel")}</label>
          <input id="financing-at" name="a" type="date" value={at} />
        </div>
        <button type="submit">{t(lang, "atSubmit")}</button>
      </form>
      {canEdit && (
        <>
          <CommitmentForm
            lang={lang}
            csrf={c.var.csrfToken}
            action={financingPath(lang, project.code)}
            values={EMPTY_COMMITMENT}
            funders={await funders(deps.db)}
            legend={t(lang, "addCommitment")}
          />
          {lines.map((l) => (
            <DisbursementForm
              lang={lang}
              csrf={c.var.csrfToken}
              action={financingPath(lang, project.code, `/${l.id}/versement`)}
              suffix={l.id}
              legend={`${t(lang, "addDisbursement")} — ${l.funderName}, ${formatMoney(lang, l.committed, l.currency)}`}
            />
          ))}
        </>
      )}
    </section>
  );
}

const partyLabel = (lang: Lang, party: FundingParty) => t(lang, party);

function LinesTable(props: { lang: Lang; code: string; lines: FinancingLine[]; canEdit: boolean }) {
  const { lang } = props;
  return (
    <div class="table-wrap">
      <table class="data-table compact financing-lines">
        <caption>{t(lang, "caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "funder")}</th>
            <th scope="col">{t(lang, "source")}</th>
            <th scope="col">{t(lang, "party")}</th>
            <th scope="col">{t(lang, "committedOn")}</th>
            <th scope="col" class="num">
              {t(lang, "committed")}
            </th>
            <th scope="col" class="num">
              {t(lang, "disbursed")}
            </th>
            <th scope="col" class="num">
              {t(lang, "remaining")}
            </th>
            {props.canEdit && <th scope="col">{t(lang, "actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {props.lines.map((l) => (
            <tr>
              <th scope="row">
                {l.funderName}
                {l.confidentialTo && (
                  <>
                    {" "}
                    <span class="party-badge">
                      {t(lang, "confidential", { party: partyLabel(lang, l.confidentialTo) })}
                    </span>
                  </>
                )}
              </th>
              <td>{t(lang, l.source)}</td>
              <td>{partyLabel(lang, l.party)}</td>
              <td>{formatDate(lang, l.committedOn)}</td>
              <td class="num">{formatMoney(lang, l.committed, l.currency)}</td>
              <td class="num">{formatMoney(lang, l.disbursed, l.currency)}</td>
              <td class="num">{formatMoney(lang, l.committed - l.disbursed, l.currency)}</td>
              {props.canEdit && (
                <td class="row-actions">
                  <a href={financingPath(lang, props.code, `/${l.id}/modifier`)}>
                    {t(lang, "edit")}
                    <span class="visually-hidden"> — {l.funderName}</span>
                  </a>{" "}
                  <a href={financingPath(lang, props.code, `/${l.id}/supprimer`)}>
                    {t(lang, "delete")}
                    <span class="visually-hidden"> — {l.funderName}</span>
                  </a>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
