import { type Lang, localisedPath, messages } from "../i18n/i18n.ts";

const t = messages({
  label: { fr: "Dans cette section", en: "In this section" },
  matrix: { fr: "Matrice", en: "Matrix" },
  compare: { fr: "Comparer les parties", en: "Compare the parties" },
  complementarity: { fr: "Complémentarité", en: "Complementarity" },
  briefs: { fr: "Notes d’analyse", en: "Analysis briefs" },
  lists: { fr: "Listes officielles", en: "Official lists" },
  scenario: { fr: "Calculateur de scénarios", en: "Scenario calculator" },
  savedScenarios: { fr: "Scénarios enregistrés", en: "Saved scenarios" },
  dashboard: { fr: "Tableau de bord", en: "Dashboard" },
  projects: { fr: "Projets", en: "Projects" },
  map: { fr: "Carte", en: "Map" },
  impact: { fr: "Effet sur la criticité", en: "Effect on criticality" },
  accessHub: { fr: "Accueil de l’accès", en: "Access home" },
  disclosures: { fr: "Registre de diffusion", en: "Disclosure log" },
  fileRequest: { fr: "Faire une demande", en: "Make a request" },
  statistics: { fr: "Statistiques", en: "Statistics" },
});

type Key = Parameters<typeof t>[1];

/**
 * The pages of each public area, so that a tool (the scenario calculator, the map) is reachable
 * from every page of its area without each page linking it. Areas' own page bodies stay theirs.
 */
const SECTIONS: { prefix: string; links: [Key, string][] }[] = [
  {
    prefix: "/criticite",
    links: [
      ["matrix", "/criticite"],
      ["compare", "/criticite/comparer"],
      ["complementarity", "/criticite/complementarite"],
      ["briefs", "/criticite/notes"],
      ["lists", "/criticite/listes"],
      ["scenario", "/criticite/scenario"],
      ["savedScenarios", "/criticite/scenarios"],
    ],
  },
  {
    prefix: "/cooperation",
    links: [
      ["dashboard", "/cooperation"],
      ["projects", "/cooperation/projets"],
      ["map", "/cooperation/carte"],
      ["impact", "/cooperation/impact"],
    ],
  },
  {
    prefix: "/acces",
    links: [
      ["accessHub", "/acces"],
      ["disclosures", "/acces/diffusion"],
      ["fileRequest", "/acces/demande"],
      ["statistics", "/acces/statistiques"],
    ],
  },
];

/** The area's own navigation under the main one; nothing outside the three public areas. */
export function SectionNav({ lang, pagePath }: { lang: Lang; pagePath: string }) {
  const section = SECTIONS.find(
    (s) => pagePath === s.prefix || pagePath.startsWith(`${s.prefix}/`),
  );
  if (!section) return null;
  return (
    <nav class="section-nav" aria-label={t(lang, "label")}>
      <ul>
        {section.links.map(([key, path]) => (
          <li>
            <a
              href={localisedPath(lang, path)}
              aria-current={pagePath === path ? "page" : undefined}
            >
              {t(lang, key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
