import { formatDate, formatNumber } from "../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../platform/i18n/i18n.ts";
import { Alert } from "../platform/web/alert.tsx";
import { kindLabel, declarationText as t } from "./messages.ts";
import type { ActionLine, Declaration, Priority } from "./queries.ts";

/**
 * The portfolio's list of projects filtered by one line of action (its « ligne » filter, see
 * cooperation/projects/list-page.tsx): where a line's count of linked projects leads.
 */
export const projectsOnLineHref = (lang: Lang, code: string) =>
  localisedPath(lang, `/cooperation/projets?ligne=${encodeURIComponent(code)}`);

type Props = { lang: Lang; declaration: Declaration };

/** The declaration as signed: parties as equals, preamble, priorities, signatures, source. */
export function DeclarationPage({ lang, declaration: d }: Props) {
  const unofficial = lang === "en" && !d.englishIsOfficial;
  return (
    <>
      <h1>{d.title[lang]}</h1>
      <p class="lead">{t(lang, "lead")}</p>
      {unofficial && (
        <Alert kind="note" as="p">
          {t(lang, "translationNote")}
        </Alert>
      )}

      <section aria-labelledby="parties-titre">
        <h2 id="parties-titre">{t(lang, "partiesHeading")}</h2>
        <div class="parties">
          {d.parties.map((p) => (
            <section class={`party ${p.code}`} aria-labelledby={`partie-${p.code}`}>
              <h3 id={`partie-${p.code}`}>{p.name[lang]}</h3>
              {p.institutions.map((i) => (
                <p>
                  {`${i.name[lang]} (${i.acronym})`}
                  {i.attachedTo && (
                    <>
                      <br />
                      {i.attachedTo[lang]}
                    </>
                  )}
                </p>
              ))}
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="preambule-titre">
        <h2 id="preambule-titre">{t(lang, "preambleHeading")}</h2>
        {d.preamble[lang].map((paragraph) => (
          <p>{paragraph}</p>
        ))}
        <p>{d.commitment[lang]}</p>
      </section>

      <section aria-labelledby="priorites-titre">
        <h2 id="priorites-titre">{t(lang, "prioritiesHeading")}</h2>
        {d.priorities.map((p) => (
          <PrioritySection lang={lang} priority={p} />
        ))}
      </section>

      <section aria-labelledby="signature-titre">
        <h2 id="signature-titre">{t(lang, "signatureHeading")}</h2>
        <p>
          {t(lang, "signedAt", {
            place: d.place,
            date: formatDate(lang, d.signedOn),
            copies: formatNumber(lang, d.copies),
          })}
        </p>
        <div class="parties">
          {d.signatories.map((s) => (
            <section class={`party ${s.party}`} aria-labelledby={`signataire-${s.id}`}>
              <h3 id={`signataire-${s.id}`}>{s.name}</h3>
              <p>
                {s.title[lang]}
                <br />
                {(s.institution.attachedTo ?? s.institution.name)[lang]}
              </p>
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="source-titre">
        <h2 id="source-titre">{t(lang, "sourceHeading")}</h2>
        <p>
          {t(lang, "source", {
            institution: d.source.releasedBy.name[lang],
            acronym: d.source.releasedBy.acronym,
            request: d.source.accessRequest,
            date: formatDate(lang, d.source.decisionDate),
          })}
        </p>
        {!d.englishIsOfficial && <p>{t(lang, "translationNote")}</p>}
      </section>
    </>
  );
}

function PrioritySection({ lang, priority: p }: { lang: Lang; priority: Priority }) {
  const id = `priorite-${p.code}`;
  return (
    <section class="priority" aria-labelledby={id}>
      <h3 id={id}>{t(lang, "priorityHeading", { code: p.code, title: p.title[lang] })}</h3>
      <ol class="lines" aria-label={t(lang, "linesLabel", { code: p.code })}>
        {p.lines.map((l) => (
          <LineItem lang={lang} line={l} />
        ))}
      </ol>
    </section>
  );
}

function LineItem({ lang, line: l }: { lang: Lang; line: ActionLine }) {
  const kinds = Object.entries(l.counts.bySubject);
  const countText = `${t(lang, "linked", { n: l.counts.total })}${
    kinds.length > 0
      ? ` (${kinds
          .map(([kind, n]) =>
            t(lang, "kindCount", { kind: kindLabel(lang, kind), n: formatNumber(lang, n) }),
          )
          .join(t(lang, "kindSeparator"))})`
      : ""
  }`;
  return (
    <li class="line" id={`axe-${l.code.replace(".", "-")}`}>
      <span class="line-code">
        <span class="visually-hidden">{`${t(lang, "lineWord")} `}</span>
        {l.code}
      </span>
      <span>{l.text[lang]}</span>
      <span class="line-count">
        {l.counts.bySubject.Project ? (
          <a href={projectsOnLineHref(lang, l.code)}>{countText}</a>
        ) : (
          countText
        )}
      </span>
    </li>
  );
}
