import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import type { LetterKind } from "../letters/types.ts";
import { LETTER_LABELS } from "../requests/letter-labels.ts";
import type { LetterRow, RequestRow } from "../requests/repository.ts";
import { Csrf } from "./fields.tsx";
import { accessText as t } from "./messages.ts";

/** Letters that make sense at the request's stage. */
export function lettersAvailable(r: RequestRow): LetterKind[] {
  const kinds: LetterKind[] = ["acknowledgement"];
  if (r.jurisdiction === "qc" && r.extended_on) kinds.push("extension");
  if (r.outcome) kinds.push("decision", "recourse");
  return kinds;
}

export function LetterSection(p: {
  lang: Lang;
  csrf: string;
  request: RequestRow;
  letters: LetterRow[];
  canUpdate: boolean;
}) {
  const { lang, request: r } = p;
  const base = localisedPath(lang, `/acces/demandes/${r.reference}/lettres`);
  return (
    <section aria-labelledby="lettres">
      <h2 id="lettres">{t(lang, "letters")}</h2>
      {p.letters.length === 0 ? (
        <p class="empty-state">{t(lang, "noLetters")}</p>
      ) : (
        <ul>
          {p.letters.map((l) => (
            <li>
              <a href={`${base}/${l.id}`}>
                {localise(LETTER_LABELS[l.kind as LetterKind], lang)} ({l.lang.toUpperCase()})
              </a>{" "}
              — {formatDate(lang, l.sent_on)}
            </li>
          ))}
        </ul>
      )}
      {p.canUpdate && (
        <form method="post" action={base} class="filters">
          <Csrf token={p.csrf} />
          <div>
            <label for="kind">{t(lang, "letterKind")}</label>
            <select id="kind" name="kind">
              {lettersAvailable(r).map((k) => (
                <option value={k}>{localise(LETTER_LABELS[k], lang)}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="format">{t(lang, "format")}</label>
            <select id="format" name="format">
              <option value="send">{t(lang, "sendPdf")}</option>
              <option value="docx">{t(lang, "draftDocx")}</option>
            </select>
          </div>
          <div>
            <button type="submit">{t(lang, "generate")}</button>
          </div>
        </form>
      )}
    </section>
  );
}
