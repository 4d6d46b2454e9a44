import { projectsOnLineHref } from "../declaration/pages.tsx";
import type { Declaration } from "../declaration/queries.ts";
import { type Lang, localisedPath } from "../platform/i18n/i18n.ts";
import { homeText as t } from "./messages.ts";
import { EVERYONE, TOOLS_BY_LINE, type Tool } from "./offer.ts";

/** The four priorities, each line with what the platform has for it: same for every visitor. */
export function PrioritiesOffer({ lang, declaration }: { lang: Lang; declaration: Declaration }) {
  return (
    <section aria-labelledby="priorites-titre">
      <h2 id="priorites-titre">{t(lang, "prioritiesHeading")}</h2>
      {declaration.priorities.map((p) => (
        <section class="priority" aria-labelledby={`priorite-${p.code}`}>
          <h3 id={`priorite-${p.code}`}>
            {t(lang, "priorityHeading", { code: p.code, title: p.title[lang] })}
          </h3>
          <ol class="lines">
            {p.lines.map((l) => (
              <li class="line offer" id={`axe-${l.code.replace(".", "-")}`}>
                <span class="line-code">{l.code}</span>
                <span>{(l.summary ?? l.text)[lang]}</span>
                <ul class="tools" aria-label={t(lang, "toolsLabel", { code: l.code })}>
                  <li>
                    <a href={projectsOnLineHref(lang, l.code)}>
                      {t(lang, "projectsOnLine", { n: l.counts.bySubject.Project ?? 0 })}
                    </a>
                  </li>
                  {(TOOLS_BY_LINE[l.code] ?? []).map((tool) => (
                    <li>
                      <ToolLink lang={lang} tool={tool} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

/** Access to information and the API, open to anyone. */
export function ForEveryone({ lang }: { lang: Lang }) {
  return (
    <section aria-labelledby="tous-titre">
      <h2 id="tous-titre">{t(lang, "everyoneHeading")}</h2>
      <ul class="tool-grid">
        {EVERYONE.map((tool) => (
          <li>
            <ToolLink lang={lang} tool={tool} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the signed-in user's role lets them do; an invitation to sign in otherwise. */
export function NextSteps({ lang, steps }: { lang: Lang; steps: Tool[] | undefined }) {
  return (
    <section aria-labelledby="suite-titre">
      <h2 id="suite-titre">{t(lang, "nextHeading")}</h2>
      {steps ? (
        <ul class="tool-grid">
          {steps.map((tool) => (
            <li>
              <ToolLink lang={lang} tool={tool} />
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {`${t(lang, "signInHint")} `}
          <a href={localisedPath(lang, "/connexion")}>{t(lang, "signIn")}</a>
        </p>
      )}
    </section>
  );
}

function ToolLink({ lang, tool }: { lang: Lang; tool: Tool }) {
  return <a href={localisedPath(lang, tool.path)}>{t(lang, tool.label)}</a>;
}
