import type { Db } from "../../platform/db/client.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import {
  type GlobalScenarioResult,
  runGlobalScenario,
  type ScenarioChangeSpec,
} from "../loaders/global-eu-scenario.ts";
import { resolveMaterial } from "../loaders/materials.ts";
import { toAppError } from "../web-kit/engine-error-text.ts";

/**
 * A scenario on a material named as users write it, with every failure as a localised AppError:
 * the calculator, the API and saving all go through here so that they answer alike.
 */
export async function computeScenario(
  db: Db,
  lang: Lang,
  material: string,
  changes: readonly ScenarioChangeSpec[],
): Promise<GlobalScenarioResult> {
  const match = await resolveMaterial(db, material);
  if (!match.found) {
    const names = match.suggestions.map((m) => (lang === "fr" ? m.nameFr : m.nameEn));
    throw new AppError("criticality_unknown_material", {
      name: material,
      suggestions: names.length === 0 ? "" : ` (${names.join(", ")})`,
    });
  }
  try {
    return await runGlobalScenario(db, match.material.id, changes);
  } catch (error) {
    throw error instanceof AppError ? error : toAppError(error);
  }
}
