/** Reading saved scenarios, with their material's names and their author's name. */
import type { Queryable } from "../../platform/db/client.ts";
import {
  type SavedScenario,
  type SavedScenarioRow,
  type SavedScenarioSummary,
  summaryOf,
} from "./present.ts";

const SELECT = `SELECT s.id, s.title, s.note, s.material_id, m.name_fr, m.name_en, s.changes,
       s.author_id, u.name AS author_name, s.author_party, s.created_at`;
const FROM = `FROM saved_scenarios s
  LEFT JOIN materials m ON m.id = s.material_id
  LEFT JOIN users u ON u.id = s.author_id`;

/** Newest first; `page` counts from 1. */
export async function listSavedScenarios(
  db: Queryable,
  page: number,
  perPage: number,
): Promise<{ items: SavedScenarioSummary[]; total: number }> {
  const [count] = await db.query<{ total: number }>(
    "SELECT count(*) AS total FROM saved_scenarios",
  );
  const rows = await db.query<SavedScenarioRow>(
    `${SELECT} ${FROM} ORDER BY s.created_at DESC, s.id LIMIT $1 OFFSET $2`,
    [perPage, (page - 1) * perPage],
  );
  return { items: rows.map(summaryOf), total: count?.total ?? 0 };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The scenario, or undefined when there is none with that id (or the id is not a uuid). */
export async function findSavedScenario(
  db: Queryable,
  id: string,
): Promise<SavedScenario | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.query<SavedScenarioRow>(
    `${SELECT}, s.result, s.vintages ${FROM} WHERE s.id = $1`,
    [id],
  );
  if (!row?.result || !row.vintages) return undefined;
  return { ...summaryOf(row), result: row.result, vintages: row.vintages };
}
