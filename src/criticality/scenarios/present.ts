/** Saved scenarios: rows → view data (pages), view data → API answers. Every field listed. */
import type { Party } from "../../shared/party.ts";
import type {
  GlobalScenarioResult,
  ScenarioChangeSpec,
  ScenarioStageCode,
} from "../loaders/global-eu-scenario.ts";

export type AuthorParty = Party | "admin";

export type ScenarioVintages = {
  production: { stage: ScenarioStageCode; year: number; vintage: string }[];
  wgi: number;
  eu: string;
};

export type SavedScenarioSummary = {
  id: string;
  title: string;
  note: string | null;
  material: { id: string; nameFr: string; nameEn: string };
  changes: ScenarioChangeSpec[];
  author: { id: string | null; name: string | null; party: AuthorParty };
  createdAt: Date;
};

export type SavedScenario = SavedScenarioSummary & {
  result: GlobalScenarioResult;
  vintages: ScenarioVintages;
};

/** A row as queries.ts reads it (snake_case, as SQL gives it). */
export type SavedScenarioRow = {
  id: string;
  title: string;
  note: string | null;
  material_id: string;
  name_fr: string | null;
  name_en: string | null;
  changes: ScenarioChangeSpec[];
  author_id: string | null;
  author_name: string | null;
  author_party: AuthorParty;
  created_at: Date;
  result?: GlobalScenarioResult;
  vintages?: ScenarioVintages;
};

/** A row → the camelCase summary the pages and the API start from. */
export const summaryOf = (r: SavedScenarioRow): SavedScenarioSummary => ({
  id: r.id,
  title: r.title,
  note: r.note,
  material: {
    id: r.material_id,
    nameFr: r.name_fr ?? r.material_id,
    nameEn: r.name_en ?? r.material_id,
  },
  changes: r.changes,
  author: { id: r.author_id, name: r.author_name, party: r.author_party },
  createdAt: r.created_at,
});

/** The API's shape of a summary (dates as ISO strings, names by language). */
export const presentSummary = (s: SavedScenarioSummary) => ({
  id: s.id,
  title: s.title,
  note: s.note,
  material: { id: s.material.id, name: { fr: s.material.nameFr, en: s.material.nameEn } },
  changes: s.changes,
  author: s.author,
  createdAt: s.createdAt.toISOString(),
});

export const presentSaved = (s: SavedScenario) => ({
  ...presentSummary(s),
  result: s.result,
  vintages: s.vintages,
});
