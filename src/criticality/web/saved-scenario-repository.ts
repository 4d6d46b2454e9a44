/** Reading saved scenarios, with their material's names and their author's name. */
import type { Queryable } from "../../platform/db/client.ts";
import type { Role } from "../../platform/policy/roles.ts";
import type {
  GlobalScenarioResult,
  ScenarioChangeSpec,
  ScenarioStageCode,
} from "../loaders/global-eu-scenario.ts";

export type AuthorParty = "qc" | "fr" | "admin";

/** The party a role speaks for; roles that cannot save have none. */
export const PARTY_OF_ROLE: Partial<Record<Role, AuthorParty>> = {
  "member-qc": "qc",
  "member-fr": "fr",
  admin: "admin",
};

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

type Row = {
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

const SELECT = `SELECT s.id, s.title, s.note, s.material_id, m.name_fr, m.name_en, s.changes,
       s.author_id, u.name AS author_name, s.author_party, s.created_at`;
const FROM = `FROM saved_scenarios s
  LEFT JOIN materials m ON m.id = s.material_id
  LEFT JOIN users u ON u.id = s.author_id`;

const summary = (r: Row): SavedScenarioSummary => ({
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

/** Newest first; `page` counts from 1. */
export async function listSavedScenarios(
  db: Queryable,
  page: number,
  perPage: number,
): Promise<{ items: SavedScenarioSummary[]; total: number }> {
  const [count] = await db.query<{ total: number }>(
    "SELECT count(*) AS total FROM saved_scenarios",
  );
  const rows = await db.query<Row>(
    `${SELECT} ${FROM} ORDER BY s.created_at DESC, s.id LIMIT $1 OFFSET $2`,
    [perPage, (page - 1) * perPage],
  );
  return { items: rows.map(summary), total: count?.total ?? 0 };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The scenario, or undefined when there is none with that id (or the id is not a uuid). */
export async function findSavedScenario(
  db: Queryable,
  id: string,
): Promise<SavedScenario | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.query<Row>(`${SELECT}, s.result, s.vintages ${FROM} WHERE s.id = $1`, [
    id,
  ]);
  if (!row?.result || !row.vintages) return undefined;
  return { ...summary(row), result: row.result, vintages: row.vintages };
}
