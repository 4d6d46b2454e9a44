import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import { TableCaption, TableHead } from "../../platform/web/table-head.tsx";
import type { Party } from "../../shared/party.ts";
import { CALLS_PATH, callPath } from "../calls/paths.ts";
import { formatMoney } from "../shared/money.ts";
import { formatBothZones } from "../shared/time-zones.ts";
import { amountsText } from "./letter.ts";
import { OUTCOME_LABELS, decisionText as t } from "./messages.ts";
import type { BoardEntryView, CommitteeView, FundedProjectView } from "./present.ts";
import { OUTCOMES } from "./schema.ts";

export const committeePath = (lang: Lang, code: string, tail = "") =>
  callPath(lang, code, `/comite${tail}`);

const PARTIES: readonly Party[] = ["qc", "fr"];
const CURRENCY = { qc: "CAD", fr: "EUR" } as const;
const partyName = (lang: Lang, party: Party) => t(lang, party === "qc" ? "quebec" : "france");

function Envelopes({ lang, view }: { lang: Lang; view: CommitteeView }) {
  return (
    <table>
      <TableCaption text={t(lang, "budget")} />
      <TableHead
        columns={[
          t(lang, "party"),
          { text: t(lang, "envelope"), num: true },
          { text: t(lang, "committed"), num: true },
          { text: t(lang, "left"), num: true },
        ]}
      />
      <tbody>
        {PARTIES.map((party) => {
          const e = view.envelopes[party];
          return (
            <tr>
              <th scope="row">{partyName(lang, party)}</th>
              <td class="num">{formatMoney(lang, e.envelopeCents, CURRENCY[party])}</td>
              <td class="num">{formatMoney(lang, e.committedCents, CURRENCY[party])}</td>
              <td class="num">{formatMoney(lang, e.leftCents, CURRENCY[party])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function decisionSummary(lang: Lang, e: BoardEntryView): string {
  if (!e.decision) return t(lang, "none");
  const label = localise(OUTCOME_LABELS[e.decision.outcome], lang);
  return e.decision.outcome === "funded"
    ? `${label} : ${amountsText(lang, e.decision.amountQcCents, e.decision.amountFrCents)}`.replace(
        " : ",
        lang === "fr" ? "\u202f: " : ": ",
      )
    : label;
}

function Board({ lang, view }: { lang: Lang; view: CommitteeView }) {
  if (view.entries.length === 0) return <p>{t(lang, "noApplications")}</p>;
  const final = view.finalisedAt !== null;
  return (
    <table>
      <TableCaption text={t(lang, "applications")} />
      <TableHead
        columns={[
          ...(view.hasRanking ? [t(lang, "rank"), t(lang, "score"), t(lang, "reviews")] : []),
          t(lang, "reference"),
          t(lang, "title"),
          { text: t(lang, "asked"), num: true },
          t(lang, "decision"),
          ...(final ? [t(lang, "project"), t(lang, "letter")] : []),
        ]}
      />
      <tbody>
        {view.entries.map((e) => (
          <tr>
            {view.hasRanking && (
              <>
                <td>{e.ranking?.rank ?? "—"}</td>
                <td>
                  {e.ranking?.mean == null
                    ? "—"
                    : e.ranking.mean.toLocaleString(lang === "fr" ? "fr-CA" : "en-CA", {
                        maximumFractionDigits: 2,
                      })}
                  {(e.ranking?.disagreements ?? 0) > 0 && (
                    <p class="hint">
                      {t(lang, "disagreements", { count: e.ranking?.disagreements ?? 0 })}
                    </p>
                  )}
                </td>
                <td>{e.ranking ? `${e.ranking.received} / ${e.ranking.asked}` : "—"}</td>
              </>
            )}
            <td>
              <span class="line-code">{e.reference}</span>
            </td>
            <td>
              {e.title}
              <br />
              <span class="hint">{e.owner}</span>
            </td>
            <td class="num">
              {formatMoney(lang, e.askedQcCents, "CAD")}
              <br />
              {formatMoney(lang, e.askedFrCents, "EUR")}
            </td>
            <td>
              {decisionSummary(lang, e)}
              {e.decision?.reason && <p class="hint prewrap">{e.decision.reason}</p>}
              {e.decidable && (
                <p>
                  <a href={committeePath(lang, view.code, `/${e.reference}`)}>
                    {t(lang, "decision")} — {e.reference}
                  </a>
                </p>
              )}
            </td>
            {final && (
              <>
                <td>
                  {e.projectCode ? (
                    <a
                      class="code"
                      href={localisedPath(lang, `/cooperation/projets/${e.projectCode}`)}
                    >
                      {e.projectCode}
                    </a>
                  ) : (
                    "—"
                  )}
                </td>
                <td>
                  {e.decision &&
                    (["pdf", "docx"] as const).map((format, i) => (
                      <>
                        {i > 0 && " · "}
                        <a
                          href={committeePath(lang, view.code, `/${e.reference}/lettre.${format}`)}
                          aria-label={`${t(lang, "letter")} ${e.reference} (${format.toUpperCase()})`}
                        >
                          {format.toUpperCase()}
                        </a>
                      </>
                    ))}
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cochairs(p: { lang: Lang; csrf: string; view: CommitteeView; form: FormState }) {
  const { lang, view } = p;
  const final = view.finalisedAt !== null;
  const choices = (party: Party) =>
    [
      ["", { fr: t("fr", "noCochair"), en: t("en", "noCochair") }] as const,
      ...view.officials
        .filter((o) => o.role === "admin" || o.role === `member-${party}`)
        .map((o) => [o.id, { fr: o.label, en: o.label }] as const),
    ] as const;
  return (
    <section aria-labelledby="copresidents">
      <h2 id="copresidents">{t(lang, "cochairs")}</h2>
      <ul>
        {PARTIES.map((party) => {
          const approvedAt = view.approvals[party];
          return (
            <li>
              {t(lang, party === "qc" ? "cochairQc" : "cochairFr")}
              {lang === "fr" ? "\u202f: " : ": "}
              <strong>{view.cochairs[party]?.name ?? t(lang, "noCochair")}</strong> —{" "}
              {approvedAt
                ? t(lang, "approved", { at: formatBothZones(lang, approvedAt) })
                : t(lang, "notApproved")}
            </li>
          );
        })}
      </ul>
      {view.canApprove && (
        <p>
          <a class="button" href={committeePath(lang, view.code, "/approuver")}>
            {t(lang, "approve")}
          </a>
        </p>
      )}
      {!final && (
        <form method="post" action={committeePath(lang, view.code, "/copresidents")}>
          <Csrf token={p.csrf} />
          <Select
            lang={lang}
            form={p.form}
            name="cochair_qc"
            label={t(lang, "cochairQc")}
            options={choices("qc")}
          />
          <Select
            lang={lang}
            form={p.form}
            name="cochair_fr"
            label={t(lang, "cochairFr")}
            options={choices("fr")}
          />
          <button type="submit">{t(lang, "saveCochairs")}</button>
        </form>
      )}
    </section>
  );
}

/** The joint committee's page of a call: envelopes, applications and decisions, co-chairs. */
export function CommitteePage(p: {
  lang: Lang;
  csrf: string;
  view: CommitteeView;
  cochairsForm: FormState;
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { lang, view } = p;
  return (
    <>
      <p class="hint">
        <a href={localisedPath(lang, CALLS_PATH)}>{t(lang, "calls")}</a> ›{" "}
        <a href={callPath(lang, view.code)}>{view.title[lang]}</a>
      </p>
      <h1>{t(lang, "committeeOf", { code: view.code })}</h1>
      {p.notice && <Alert kind="success">{p.notice}</Alert>}
      {p.error && <Alert kind="error">{p.error}</Alert>}
      {view.finalisedAt ? (
        <Alert kind="info">
          {t(lang, "finalNotice", { at: formatBothZones(lang, view.finalisedAt) })}
        </Alert>
      ) : (
        <p>{t(lang, "committeeLead")}</p>
      )}
      <Envelopes lang={lang} view={view} />
      <Board lang={lang} view={view} />
      <Cochairs lang={lang} csrf={p.csrf} view={view} form={p.cochairsForm} />
    </>
  );
}

/** The decision form of one application. */
export function DecisionPage(p: {
  lang: Lang;
  csrf: string;
  code: string;
  entry: BoardEntryView;
  view: CommitteeView;
  form: FormState;
  error?: string | undefined;
}) {
  const { lang, entry } = p;
  return (
    <>
      <p class="hint">
        <a href={committeePath(lang, p.code)}>{t(lang, "committeeOf", { code: p.code })}</a>
      </p>
      <h1>
        {t(lang, "decision")} — {entry.reference}
      </h1>
      <p>
        <strong>{entry.title}</strong> <span class="hint">({entry.owner})</span>
      </p>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      <Envelopes lang={lang} view={p.view} />
      <p>
        {t(lang, "asked")}
        {lang === "fr" ? "\u202f: " : ": "}
        {formatMoney(lang, entry.askedQcCents, "CAD")} ·{" "}
        {formatMoney(lang, entry.askedFrCents, "EUR")}
      </p>
      <form method="post" action={committeePath(lang, p.code, `/${entry.reference}`)}>
        <Csrf token={p.csrf} />
        <Select
          lang={lang}
          form={p.form}
          name="outcome"
          label={t(lang, "outcome")}
          options={OUTCOMES.map((o) => [o, OUTCOME_LABELS[o]] as const)}
        />
        <Field
          lang={lang}
          form={p.form}
          name="reason"
          label={t(lang, "reason")}
          hint={t(lang, "reasonHint")}
          multiline
        />
        <Field lang={lang} form={p.form} name="amount_qc" label={t(lang, "amountQc")} />
        <Field lang={lang} form={p.form} name="amount_fr" label={t(lang, "amountFr")} />
        <button type="submit">{t(lang, "save")}</button>{" "}
        <a href={committeePath(lang, p.code)}>{t(lang, "cancel")}</a>
      </form>
    </>
  );
}

/** The co-chair's confirmation before approving the whole set of decisions. */
export function ApprovePage(p: {
  lang: Lang;
  csrf: string;
  view: CommitteeView;
  error?: string | undefined;
}) {
  const { lang, view } = p;
  return (
    <>
      <h1>{t(lang, "approveTitle", { code: view.code })}</h1>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      <p>{t(lang, "approveLead")}</p>
      <Envelopes lang={lang} view={view} />
      <Board
        lang={lang}
        view={{ ...view, entries: view.entries.map((e) => ({ ...e, decidable: false })) }}
      />
      <form method="post" action={committeePath(lang, view.code, "/approuver")}>
        <Csrf token={p.csrf} />
        <button type="submit">{t(lang, "confirmApprove")}</button>{" "}
        <a href={committeePath(lang, view.code)}>{t(lang, "cancel")}</a>
      </form>
    </>
  );
}

/**
 * The funded projects of a call once its decisions are final, for the public call page (the
 * calls feature draws it under the call's text).
 */
export function FundedProjects({ lang, funded }: { lang: Lang; funded: FundedProjectView[] }) {
  return (
    <section aria-labelledby="projets-finances">
      <h2 id="projets-finances">{t(lang, "fundedProjects")}</h2>
      {funded.length === 0 ? (
        <p>{t(lang, "noFundedProjects")}</p>
      ) : (
        <table>
          <TableHead
            columns={[
              t(lang, "project"),
              t(lang, "title"),
              { text: partyName(lang, "qc"), num: true },
              { text: partyName(lang, "fr"), num: true },
            ]}
          />
          <tbody>
            {funded.map((f) => (
              <tr>
                <td>
                  {f.projectCode ? (
                    <a href={localisedPath(lang, `/cooperation/projets/${f.projectCode}`)}>
                      {f.projectCode}
                    </a>
                  ) : (
                    f.reference
                  )}
                </td>
                <td>{f.title}</td>
                <td class="num">{formatMoney(lang, f.amountQcCents, "CAD")}</td>
                <td class="num">{formatMoney(lang, f.amountFrCents, "EUR")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
