import type { homeText } from "./messages.ts";

type Key = Parameters<typeof homeText>[1];
export type Tool = { label: Key; path: string };

const MATRIX: Tool = { label: "matrix", path: "/criticite" };
const LISTS: Tool = { label: "lists", path: "/criticite/listes" };
const COMPARE: Tool = { label: "compare", path: "/criticite/comparer" };
const COMPLEMENTARITY: Tool = { label: "complementarity", path: "/criticite/complementarite" };
const SCENARIO: Tool = { label: "scenario", path: "/criticite/scenario" };
const DASHBOARD: Tool = { label: "dashboard", path: "/cooperation" };
const MAP: Tool = { label: "map", path: "/cooperation/carte" };
const IMPACT: Tool = { label: "impact", path: "/cooperation/impact" };
const CALLS: Tool = { label: "calls", path: "/appels" };

/**
 * What the platform has for a line of action beyond the projects linked to it (every line has
 * those). Lines with nothing of their own yet are absent: the home shows only what exists.
 */
export const TOOLS_BY_LINE: Record<string, Tool[]> = {
  "1.1": [MAP],
  "1.3": [MATRIX, COMPARE, LISTS, SCENARIO],
  "2.1": [CALLS, MAP, COMPLEMENTARITY, IMPACT],
  "2.2": [DASHBOARD, IMPACT],
  "4.4": [CALLS, IMPACT],
};

/** For everyone, whatever the line: access to information and the API. */
export const EVERYONE: Tool[] = [
  { label: "portfolio", path: "/cooperation/projets" },
  CALLS,
  { label: "disclosureLog", path: "/acces/diffusion" },
  { label: "fileRequest", path: "/acces/demande" },
  { label: "statistics", path: "/acces/statistiques" },
  { label: "api", path: "/api/docs" },
];
