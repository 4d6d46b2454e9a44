/** A brief's saved versions and what changed between two of them, word by word. */
import { formatDateTime, formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise } from "../../platform/i18n/i18n.ts";
import type { DiffSegment } from "./diff.ts";
import { briefText as t } from "./messages.ts";
import { FIELD_LABELS, titleIn } from "./model.ts";
import { briefPath } from "./paths.ts";
import type { Brief, BriefVersion } from "./queries.ts";

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
