/** The pages of briefs: the public list, the members' workspace, one brief, its versions. */
import { formatDate, formatDateTime, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath, pick } from "../../platform/i18n/i18n.ts";
import type { DiffSegment } from "./diff.ts";
import { FigureBlock, listText, valueText } from "./figure-view.tsx";
import type { RowComparison } from "./figures.ts";
import { briefText as t } from "./messages.ts";
import {
  type BriefStatus,
  FIELD_LABELS,
  missingForPublication,
  PARTY_LABELS,
  partiesStillToApprove,
  STATUS_LABELS,
  titleIn,
} from "./model.ts";
import { briefPath, briefsPath } from "./paths.ts";
import type { Brief, BriefVersion } from "./repository.ts";

const author = (lang: Lang, b: Brief) =>
  `${b.author.name ?? t(lang, "unknownAuthor")} (${PARTY_LABELS[b.author.party][lang]})`;

export const Status = ({ lang, status }: { lang: Lang; status: BriefStatus }) => (
  <span class={`badge status-${status}`}>{STATUS_LABELS[status][lang]}</span>
);

function BriefTable(props: { lang: Lang; briefs: Brief[]; caption: string; published?: boolean }) {
  const { lang } = props;
  return (
    <table>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t(lang, "title")}</th>
          <th scope="col">{t(lang, "author")}</th>
          <th scope="col">{props.published ? t(lang, "publishedOn") : t(lang, "status")}</th>
        </tr>
      </thead>
      <tbody>
        {props.briefs.map((b) => (
          <tr>
            <th scope="row">
              <a href={briefPath(lang, b.id)}>{titleIn(b.content, lang)}</a>
            </th>
            <td>{author(lang, b)}</td>
            <td>
              {props.published && b.publishedAt ? (
                formatDate(lang, b.publishedAt)
              ) : (
                <Status lang={lang} status={b.status} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PublicListPage(props: { lang: Lang; briefs: Brief[]; canReview: boolean }) {
  const { lang } = props;
  return (
    <>
      <h1>{t(lang, "listTitle")}</h1>
      <p class="lead">{t(lang, "listLead")}</p>
      <p>
        <a href={briefsPath(lang, "/flux.atom")} type="application/atom+xml">
          {t(lang, "feed")}
        </a>
        {props.canReview && (
          <>
            {" · "}
            <a href={briefsPath(lang, "/travail")}>{t(lang, "workspace")}</a>
          </>
        )}
      </p>
      {props.briefs.length === 0 ? (
        <p class="empty-state">{t(lang, "nonePublished")}</p>
      ) : (
        <BriefTable
          lang={lang}
          briefs={props.briefs}
          caption={t(lang, "publishedCaption")}
          published
        />
      )}
    </>
  );
}

export function WorkspacePage(props: { lang: Lang; briefs: Brief[]; canCreate: boolean }) {
  const { lang } = props;
  const of = (s: BriefStatus) => props.briefs.filter((b) => b.status === s);
  const sections: [BriefStatus, string][] = [
    ["in_review", t(lang, "queueCaption")],
    ["approved", t(lang, "approvedCaption")],
    ["draft", t(lang, "draftsCaption")],
  ];
  return (
    <>
      <h1>{t(lang, "workspace")}</h1>
      <p class="lead">{t(lang, "workspaceLead")}</p>
      <p>
        {props.canCreate && (
          <>
            <a class="button" href={briefsPath(lang, "/nouvelle")}>
              {t(lang, "newBrief")}
            </a>{" "}
          </>
        )}
        <a href={briefsPath(lang)}>{t(lang, "listTitle")}</a>
      </p>
      {sections.map(([status, caption]) => (
        <section>
          <h2>{caption}</h2>
          {of(status).length === 0 ? (
            <p class="empty-state">{t(lang, "noneHere")}</p>
          ) : (
            <BriefTable lang={lang} briefs={of(status)} caption={caption} />
          )}
        </section>
      ))}
    </>
  );
}

export type BriefActions = {
  edit: boolean;
  submit: boolean;
  review: boolean;
  publish: boolean;
  versions: boolean;
};

const Paragraphs = ({ text }: { text: string }) => (
  <>
    {text
      .split(/\n{2,}/)
      .filter((p) => p.trim() !== "")
      .map((p) => (
        <p class="prewrap">{p}</p>
      ))}
  </>
);

export function BriefPage(props: {
  lang: Lang;
  csrf: string;
  brief: Brief;
  materials: { id: string; name_fr: string; name_en: string }[];
  projects: { code: string; title_fr: string; title_en: string }[];
  actions: BriefActions;
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { lang, brief: b } = props;
  const c = b.content;
  const field = (fr: string, en: string) => (lang === "fr" ? fr || en : en || fr);
  const missing = missingForPublication(c);
  return (
    <>
      <p>
        <a href={briefsPath(lang)}>{t(lang, "listTitle")}</a>
        {props.actions.versions && (
          <>
            {" · "}
            <a href={briefsPath(lang, "/travail")}>{t(lang, "workspace")}</a>
          </>
        )}
      </p>
      <h1>{titleIn(c, lang)}</h1>
      <p>
        <Status lang={lang} status={b.status} />{" "}
        {b.publishedAt
          ? t(lang, "publishedBy", {
              date: formatDate(lang, b.publishedAt),
              author: author(lang, b),
            })
          : t(lang, "draftedBy", { author: author(lang, b), version: b.version })}
      </p>
      {props.notice && (
        <p class="alert success" role="status">
          {props.notice}
        </p>
      )}
      {props.error && (
        <div class="alert error" role="alert">
          {props.error}
        </div>
      )}
      {b.status === "draft" && b.rejectionReason && (
        <div class="alert error">
          <strong>{t(lang, "rejectedBecause")}</strong> {b.rejectionReason}
        </div>
      )}
      {b.status !== "published" && <Approvals lang={lang} brief={b} />}
      {b.status !== "published" && missing.length > 0 && (
        <p class="alert">
          {t(lang, "missingTranslations", {
            fields: missing.map((f) => FIELD_LABELS[f][lang]).join(", "),
          })}
        </p>
      )}
      <Workflow {...props} />
      <h2>{t(lang, "summary")}</h2>
      <Paragraphs text={field(c.summaryFr, c.summaryEn)} />
      <h2>{t(lang, "conclusions")}</h2>
      <Paragraphs text={field(c.conclusionsFr, c.conclusionsEn)} />
      {c.figures.length > 0 && (
        <>
          <h2>{t(lang, "figures")}</h2>
          <p>{t(lang, "figuresFrozen")}</p>
          {c.figures.map((f, i) => (
            <FigureBlock lang={lang} figure={f} n={i + 1} />
          ))}
          <p>
            <a href={briefPath(lang, b.id, "/actuel")}>{t(lang, "currentData")}</a>
          </p>
        </>
      )}
      {(props.materials.length > 0 || props.projects.length > 0) && (
        <>
          <h2>{t(lang, "links")}</h2>
          <ul>
            {props.materials.map((m) => (
              <li>
                <a href={localisedPath(lang, `/criticite/matieres/${m.id}`)}>
                  {pick(m, "name", lang)}
                </a>
              </li>
            ))}
            {props.projects.map((p) => (
              <li>
                <a href={localisedPath(lang, `/cooperation/projets/${p.code}`)}>
                  {p.code} · {pick(p, "title", lang)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {b.status === "published" && (
        <p>
          <a class="button" href={briefPath(lang, b.id, "/pdf")}>
            {t(lang, "pdf")}
          </a>
        </p>
      )}
    </>
  );
}

function Approvals({ lang, brief: b }: { lang: Lang; brief: Brief }) {
  const still = partiesStillToApprove(b.approvals.map((a) => a.party));
  return (
    <ul>
      {b.approvals.map((a) => (
        <li>
          {t(lang, "approvedBy", {
            party: PARTY_LABELS[a.party][lang],
            name: a.name ?? t(lang, "unknownAuthor"),
            date: formatDateTime(lang, a.at),
          })}
        </li>
      ))}
      {b.status === "in_review" &&
        still.map((p) => <li>{t(lang, "awaiting", { party: PARTY_LABELS[p][lang] })}</li>)}
    </ul>
  );
}

function Workflow(props: { lang: Lang; csrf: string; brief: Brief; actions: BriefActions }) {
  const { lang, brief: b, actions } = props;
  const post = (rest: string, label: string) => (
    <form method="post" action={briefPath(lang, b.id, rest)} class="inline-form">
      <input type="hidden" name="_csrf" value={props.csrf} />
      <button type="submit">{label}</button>
    </form>
  );
  const items = [
    actions.edit && b.status === "draft" && (
      <a class="button" href={briefPath(lang, b.id, "/modifier")}>
        {t(lang, "edit")}
      </a>
    ),
    actions.submit && b.status === "draft" && post("/soumettre", t(lang, "submit")),
    actions.review && (b.status === "in_review" || b.status === "approved") && (
      <a class="button" href={briefPath(lang, b.id, "/revue")}>
        {t(lang, "reviewLink")}
      </a>
    ),
    actions.publish && b.status === "approved" && post("/publier", t(lang, "publish")),
    actions.versions && b.version > 1 && (
      <a href={briefPath(lang, b.id, "/versions")}>{t(lang, "versions")}</a>
    ),
  ].filter(Boolean);
  if (items.length === 0) return null;
  return (
    <p class="actions">
      {items.map((i) => (
        <>{i} </>
      ))}
    </p>
  );
}

export function ReviewPage(props: {
  lang: Lang;
  csrf: string;
  brief: Brief;
  reason?: string;
  error?: string | undefined;
}) {
  const { lang, brief: b } = props;
  return (
    <>
      <h1>{t(lang, "reviewTitle", { title: titleIn(b.content, lang) })}</h1>
      <p>
        <Status lang={lang} status={b.status} />{" "}
        <a href={briefPath(lang, b.id)}>{t(lang, "backToBrief")}</a>
      </p>
      {props.error && (
        <div class="alert error" role="alert">
          {props.error}
        </div>
      )}
      <Approvals lang={lang} brief={b} />
      {b.status === "in_review" && (
        <form method="post" action={briefPath(lang, b.id, "/approuver")} class="stacked">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <h2>{t(lang, "approveHeading")}</h2>
          <p class="hint">{t(lang, "approveHint")}</p>
          <div>
            <input type="checkbox" id="confirm" name="confirm" value="oui" required />{" "}
            <label for="confirm">{t(lang, "approveConfirm", { version: b.version })}</label>
          </div>
          <p>
            <button type="submit">{t(lang, "approve")}</button>
          </p>
        </form>
      )}
      {(b.status === "in_review" || b.status === "approved") && (
        <form method="post" action={briefPath(lang, b.id, "/rejeter")} class="stacked">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <h2>{t(lang, "rejectHeading")}</h2>
          <div>
            <label for="reason">{t(lang, "reason")}</label>
            <p class="hint" id="reason-hint">
              {t(lang, "reasonHint")}
            </p>
            <textarea id="reason" name="reason" rows={4} required aria-describedby="reason-hint">
              {props.reason ?? ""}
            </textarea>
          </div>
          <p>
            <button type="submit" class="danger">
              {t(lang, "reject")}
            </button>
          </p>
        </form>
      )}
    </>
  );
}

const Segments = ({ lang, segments }: { lang: Lang; segments: DiffSegment[] }) => (
  <p class="prewrap">
    {segments.map((s) =>
      s.op === "same" ? (
        s.text
      ) : s.op === "added" ? (
        <ins>
          <span class="visually-hidden">{t(lang, "added")}</span>
          {s.text}
        </ins>
      ) : (
        <del>
          <span class="visually-hidden">{t(lang, "removed")}</span>
          {s.text}
        </del>
      ),
    )}
  </p>
);

export function VersionsPage(props: {
  lang: Lang;
  brief: Brief;
  versions: BriefVersion[];
  from: number;
  to: number;
  diffs: { field: keyof typeof FIELD_LABELS; segments: DiffSegment[] }[];
}) {
  const { lang, brief: b } = props;
  const last = props.versions.length;
  return (
    <>
      <h1>{t(lang, "versionsTitle", { title: titleIn(b.content, lang) })}</h1>
      <p>
        <a href={briefPath(lang, b.id)}>{t(lang, "backToBrief")}</a>
      </p>
      <table>
        <caption>{t(lang, "versionsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "version")}</th>
            <th scope="col">{t(lang, "savedBy")}</th>
            <th scope="col">{t(lang, "date")}</th>
          </tr>
        </thead>
        <tbody>
          {props.versions.map((v) => (
            <tr>
              <th scope="row">{formatNumber(lang, v.number)}</th>
              <td>{v.authorName ?? t(lang, "unknownAuthor")}</td>
              <td>{formatDateTime(lang, v.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="get" action={briefPath(lang, b.id, "/versions")} class="filters">
        <div>
          <label for="de">{t(lang, "fromVersion")}</label>
          <input
            id="de"
            name="de"
            type="number"
            min="1"
            max={String(last)}
            value={String(props.from)}
          />
        </div>
        <div>
          <label for="a">{t(lang, "toVersion")}</label>
          <input
            id="a"
            name="a"
            type="number"
            min="1"
            max={String(last)}
            value={String(props.to)}
          />
        </div>
        <div>
          <button type="submit">{t(lang, "compare")}</button>
        </div>
      </form>
      <h2>{t(lang, "diffHeading", { from: props.from, to: props.to })}</h2>
      {props.diffs.length === 0 ? (
        <p class="empty-state">{t(lang, "noDifference")}</p>
      ) : (
        props.diffs.map((d) => (
          <section>
            <h3>{localise(FIELD_LABELS[d.field], lang)}</h3>
            <Segments lang={lang} segments={d.segments} />
          </section>
        ))
      )}
    </>
  );
}

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
          {f.error && <p class="alert error">{f.error}</p>}
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
