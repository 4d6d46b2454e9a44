/** What the impact pages and API share: the editable project, and parsing of the shared inputs. */
import type { Context } from "hono";
import { resolveMaterial } from "../../criticality/loaders/materials.ts";
import { AppError, fail } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { localisedPath } from "../../platform/i18n/i18n.ts";
import type { ViewCode } from "../../shared/party.ts";
import { findVisibleProject, type ProjectRef } from "../projects/queries.ts";
import { RANKING_VIEW_CODES } from "./present.ts";

/** The project named in the path: 404 when hidden from the actor, 403 when they may not edit it. */
export async function editableProject(c: Context<AppEnv>, code: string): Promise<ProjectRef> {
  const p = await findVisibleProject(c.var.deps.db, c.var.actor, code);
  c.var.deps.policy.authorize(c.var.actor, "update", "Project", p);
  return p;
}

export function requireViewCode(raw: string | undefined): ViewCode {
  const code = raw ?? "fr";
  if (!RANKING_VIEW_CODES.includes(code as ViewCode)) {
    throw fail("impact_unknown_party", { party: code });
  }
  return code as ViewCode;
}

/** A material as users write it (id, French or English name, alias). */
export async function materialId(c: Context<AppEnv>, name: string): Promise<string> {
  const match = await resolveMaterial(c.var.deps.db, name);
  if (!match.found) throw new AppError("criticality_unknown_material", { name, suggestions: "" });
  return match.material.id;
}

/** The impact block of the project page, where capacity forms send the user back. */
export const impactAnchor = (c: Context<AppEnv>, code: string) =>
  localisedPath(c.var.lang, `/cooperation/projets/${code}#impact-titre`);
