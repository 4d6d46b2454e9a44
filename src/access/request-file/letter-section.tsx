import { formatDate } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { LETTER_LABELS } from "../letters/messages.ts";
import type { LetterKind } from "../letters/types.ts";
import type { RequestSummary } from "../requests/present.ts";
import { requestFileText } from "./messages.ts";
import type { LetterEntry } from "./present.ts";

/** Letters that make sense at the request's stage. */
export function lettersAvailable(r: RequestSummary): LetterKind[] {
  const kinds: LetterKind[] = ["acknowledgement"];
  if (r.jurisdiction === "qc" && r.extendedOn) kinds.push("extension");
  if (r.outcome) kinds.push("decision", "recourse");
  return kinds;
}

/**
 * The letter the request's state calls for (the decision once decided, the extension notice once
 * extended, the acknowledgement before that), or null once that letter is on file.
 */
export function suggestedLetter(
  r: RequestSummary,
  sent: readonly { kind: string }[],
): LetterKind | null {
  const wanted: LetterKind = r.outcome
    ? "decision"
    : r.jurisdiction === "qc" && r.extendedOn
      ? "extension"
      : "acknowledgement";
  return sent.some((l) => l.kind === wanted) ? null : wanted;
}

/**
 * Nothing that sends mail is preselected: the action starts on « Choisir », and sending goes
 * through a confirmation page that shows the recipient and the letter first.
 */
export function LetterSection(p: {
  lang: Lang;
  csrf: string;
  request: RequestSummary;
  letters: LetterEntry[];
  canUpdate: boolean;
}) {
  const { lang, request: r } = p;
  const base = localisedPath(lang, `/acces/demandes/${r.reference}/lettres`);
  const suggested = suggestedLetter(r, p.letters);
  return (
    <section aria-labelledby="lettres">
      <h2 id="lettres">{requestFileText(lang, "letters")}</h2>
      {p.letters.length === 0 ? (
        <p class="empty-state">{requestFileText(lang, "noLetters")}</p>
      ) : (
        <ul>
          {p.letters.map((l) => (
            <li>
              <a href={`${base}/${l.id}`}>
                {localise(LETTER_LABELS[l.kind as LetterKind], lang)} ({l.lang.toUpperCase()})
              </a>{" "}
              — {formatDate(lang, l.sentOn)}
            </li>
          ))}
        </ul>
      )}
      {p.canUpdate && suggested && (
        <p>
          {requestFileText(lang, "suggestedLetter", {
            letter: localise(LETTER_LABELS[suggested], lang),
          })}
        </p>
      )}
      {p.canUpdate && (
        <form method="post" action={base} class="filters">
          <Csrf token={p.csrf} />
          <div>
            <label for="kind">{requestFileText(lang, "letterKind")}</label>
            <select id="kind" name="kind" required>
              <option value="" selected={suggested === null}>
                {requestFileText(lang, "choose")}
              </option>
              {lettersAvailable(r).map((k) => (
                <option value={k} selected={k === suggested}>
                  {localise(LETTER_LABELS[k], lang)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="format">{requestFileText(lang, "format")}</label>
            <select id="format" name="format" required>
              <option value="" selected>
                {requestFileText(lang, "choose")}
              </option>
              <option value="docx">{requestFileText(lang, "draftDocx")}</option>
              <option value="send">{requestFileText(lang, "sendPdf")}</option>
            </select>
          </div>
          <div>
            <button type="submit">{requestFileText(lang, "generate")}</button>
          </div>
        </form>
      )}
    </section>
  );
}
