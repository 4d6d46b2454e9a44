import { formatDate, formatDateTime } from "../../platform/i18n/format.ts";
import { localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { InlineInput } from "../../platform/web/inline-input.tsx";
import { explainDeadlines } from "../deadlines/index.ts";
import { deadlineRules } from "../deadlines/rules.ts";
import { PublicTitleSection } from "../disclosure/public-title-form.tsx";
import { DocumentsSection } from "../documents/section.tsx";
import {
  CHANNEL_LABELS,
  JURISDICTION_LABELS,
  OUTCOME_LABELS,
  STATUS_LABELS,
  accessText as t,
} from "../requests/messages.ts";
import { nextStatuses, OPEN_STATUSES, OUTCOMES } from "../requests/status.ts";
import { LetterSection } from "./letter-section.tsx";
import { requestFileText } from "./messages.ts";
import type { RequestView } from "./present.ts";
import { SearchSection, ThirdPartySection } from "./sections.tsx";

export function RequestPage(v: RequestView) {
  const { lang, request: r } = v;
  const base = localisedPath(lang, `/acces/demandes/${r.reference}`);
  return (
    <>
      <p>
        <a href={localisedPath(lang, "/acces/demandes")}>{t(lang, "register")}</a>
      </p>
      <h1>
        {t(lang, "reference")} {r.reference}
      </h1>
      {v.notice && <Alert kind="success">{v.notice}</Alert>}
      {v.error && <Alert kind="error">{v.error}</Alert>}
      <dl class="facts">
        <dt>{t(lang, "subject")}</dt>
        <dd>{r.subject}</dd>
        <dt>{t(lang, "documentsSought")}</dt>
        <dd class="prewrap">{r.documentsSought}</dd>
        <dt>{t(lang, "jurisdiction")}</dt>
        <dd>{localise(JURISDICTION_LABELS[r.jurisdiction], lang)}</dd>
        <dt>{t(lang, "channel")}</dt>
        <dd>{localise(CHANNEL_LABELS[r.channel as keyof typeof CHANNEL_LABELS], lang)}</dd>
        <dt>{t(lang, "receivedOn")}</dt>
        <dd>{formatDate(lang, r.receivedOn)}</dd>
        <dt>{t(lang, "status")}</dt>
        <dd>
          {localise(STATUS_LABELS[r.status], lang)}
          {r.outcome && ` — ${localise(OUTCOME_LABELS[r.outcome], lang)}`}
        </dd>
        <dt>{t(lang, "officer")}</dt>
        <dd>{r.officerName ?? t(lang, "unassigned")}</dd>
      </dl>

      <section aria-labelledby="delais">
        <h2 id="delais">{t(lang, "deadlineTitle")}</h2>
        {OPEN_STATUSES.includes(r.status) && (
          <p>
            <strong>{t(lang, "dueOn", { date: formatDate(lang, r.dueOn) })}</strong>
            {r.dueOn < v.today && <span class="badge danger"> {t(lang, "overdue")}</span>}
          </p>
        )}
        <ul>
          {explainDeadlines(v.deadlines, lang).map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      </section>

      {v.requester && (
        <section aria-labelledby="demandeur" class="personal">
          <h2 id="demandeur">{t(lang, "requester")}</h2>
          <p class="hint">{requestFileText(lang, "requesterNotice")}</p>
          <dl class="facts">
            <dt>{t(lang, "name")}</dt>
            <dd>{v.requester.name}</dd>
            {v.requester.email && (
              <>
                <dt>{t(lang, "email")}</dt>
                <dd>{v.requester.email}</dd>
              </>
            )}
            {v.requester.postalAddress && (
              <>
                <dt>{t(lang, "postalAddress")}</dt>
                <dd class="prewrap">{v.requester.postalAddress}</dd>
              </>
            )}
            {v.requester.phone && (
              <>
                <dt>{t(lang, "phone")}</dt>
                <dd>{v.requester.phone}</dd>
              </>
            )}
          </dl>
        </section>
      )}

      {v.canUpdate && <StatusForm v={v} action={`${base}/etat`} />}
      {v.canUpdate && <AssignForm v={v} action={`${base}/responsable`} />}
      <SearchSection v={v} action={`${base}/recherches`} />
      <DocumentsSection
        lang={lang}
        csrf={v.csrf}
        base={base}
        documents={v.file.documents}
        canUpdate={v.canUpdate}
      />
      <ThirdPartySection v={v} action={`${base}/tiers`} />
      {v.canUpdate && (
        <PublicTitleSection
          lang={lang}
          csrf={v.csrf}
          title={v.publicTitle}
          action={`${base}/titre-public`}
        />
      )}
      <LetterSection
        lang={lang}
        csrf={v.csrf}
        request={r}
        letters={v.file.letters}
        canUpdate={v.canUpdate}
      />
      <PublicationSection v={v} action={`${base}/diffusion`} />
      <HistorySection v={v} />
    </>
  );
}

function StatusForm({ v, action }: { v: RequestView; action: string }) {
  const { lang, request: r } = v;
  const next = nextStatuses(r.status, r.extendedOn !== null);
  if (next.length === 0) return null;
  return (
    <section aria-labelledby="etat">
      <h2 id="etat">{requestFileText(lang, "moveTo")}</h2>
      <form method="post" action={action} class="filters">
        <Csrf token={v.csrf} />
        <div>
          <label for="to">{t(lang, "status")}</label>
          <select id="to" name="to" required>
            <option value="" selected>
              {requestFileText(lang, "choose")}
            </option>
            {next.map((s) => (
              <option value={s}>{localise(STATUS_LABELS[s], lang)}</option>
            ))}
          </select>
        </div>
        <div>
          <label for="outcome">{t(lang, "outcome")}</label>
          <select id="outcome" name="outcome">
            <option value="">—</option>
            {OUTCOMES.map((o) => (
              <option value={o}>{localise(OUTCOME_LABELS[o], lang)}</option>
            ))}
          </select>
        </div>
        <InlineInput
          id="onDate"
          label={requestFileText(lang, "onDate")}
          type="date"
          value={v.today}
          required
        />
        <InlineInput id="note" label={requestFileText(lang, "note")} maxlength={500} />
        <div>
          <button type="submit">{t(lang, "apply")}</button>
        </div>
      </form>
    </section>
  );
}

function AssignForm({ v, action }: { v: RequestView; action: string }) {
  const { lang } = v;
  return (
    <section aria-labelledby="attribution">
      <h2 id="attribution">{requestFileText(lang, "assign")}</h2>
      <form method="post" action={action} class="filters">
        <Csrf token={v.csrf} />
        <div>
          <label for="officerId">{t(lang, "officer")}</label>
          <select id="officerId" name="officerId">
            <option value="">{t(lang, "unassigned")}</option>
            {v.officers.map((o) => (
              <option value={o.id} selected={o.id === v.request.officerId}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">{requestFileText(lang, "assign")}</button>
        </div>
      </form>
    </section>
  );
}

function PublicationSection({ v, action }: { v: RequestView; action: string }) {
  const { lang, request: r } = v;
  if (!r.sentOn && !r.publishedOn) return null;
  return (
    <section aria-labelledby="diffusion">
      <h2 id="diffusion">{requestFileText(lang, "publication")}</h2>
      {r.publishedOn ? (
        <p>
          <a href={localisedPath(lang, `/acces/diffusion/${r.reference}`)}>
            {t(lang, "publishedOn", { date: formatDate(lang, r.publishedOn) })}
          </a>
        </p>
      ) : (
        v.publishBy && (
          <p>
            {requestFileText(lang, "publishBy", {
              date: formatDate(lang, v.publishBy),
              days: deadlineRules().qc.publication.days,
              basis: deadlineRules().qc.publication.basis,
            })}
          </p>
        )
      )}
      {v.canUpdate && !r.publishedOn && (
        <form method="post" action={action} class="stacked">
          <Csrf token={v.csrf} />
          <div>
            <label for="summary">{t(lang, "summary")}</label>
            <p class="hint" id="summary-hint">
              {requestFileText(lang, "summaryHint")}
            </p>
            <textarea id="summary" name="summary" rows={4} aria-describedby="summary-hint" required>
              {r.publicSummary ?? ""}
            </textarea>
          </div>
          <div>
            <button type="submit">{requestFileText(lang, "publish")}</button>
          </div>
        </form>
      )}
    </section>
  );
}

function HistorySection({ v }: { v: RequestView }) {
  const { lang } = v;
  return (
    <section aria-labelledby="historique">
      <h2 id="historique">{requestFileText(lang, "history")}</h2>
      <ol class="history">
        {v.file.history.map((h) => (
          <li>
            {formatDate(lang, h.onDate)} — {localise(STATUS_LABELS[h.toStatus], lang)}
            {h.byName && ` (${h.byName})`}
            {h.note && ` : ${h.note}`}
            <span class="hint"> · {formatDateTime(lang, h.at)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
