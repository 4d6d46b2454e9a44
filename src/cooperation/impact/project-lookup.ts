/**
 * The few project fields the indicator and impact areas need, read only when the actor may see
 * the project: a project hidden from the actor answers 404, as if it did not exist.
 */
import type { Queryable } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import type { Actor } from "../../platform/policy/roles.ts";
import { canSee, visibilityOf } from "../visibility.ts";

export type ProjectRef = {
  id: string;
  code: string;
  title_fr: string;
  title_en: string;
  owner_party: string;
  confidential_to: string | null;
  published: boolean;
};

export async function findVisibleProject(
  db: Queryable,
  actor: Actor,
  code: string,
): Promise<ProjectRef> {
  const [row] = await db.query<ProjectRef>(
    `SELECT id, code, title_fr, title_en, owner_party, confidential_to, published
       FROM projects WHERE code = $1`,
    [code],
  );
  if (!row || !canSee(visibilityOf(actor), row)) throw fail("not_found");
  return row;
}
