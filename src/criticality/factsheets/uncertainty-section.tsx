/** The factsheet's "Uncertainty (Monte Carlo)" section: one material, a few thousand draws. */
import type { Db } from "../../platform/db/client.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { formatNumber } from "../../platform/i18n/format.ts";
import type { Lang } from "../../platform/i18n/i18n.ts";
import {
  computeUncertainty,
  ESTIMATE_RELATIVE_STD_ERROR,
  UNCERTAINTY_SEED,
  type UncertaintyResult,
} from "../uncertainty/queries.ts";
import { percent } from "../web-kit/format.ts";
import { factsheetText as t } from "./messages.ts";

/** Enough draws for the two decimals shown; for one material they take a fraction of a second. */
export const FACTSHEET_DRAWS = 4000;

export type FactsheetUncertainty =
  | { status: "ok"; result: UncertaintyResult }
  | { status: "missing"; missing: string };

export async function loadFactsheetUncertainty(
  db: Db,
  material: string,
): Promise<FactsheetUncertainty> {
  try {
    const result = await computeUncertainty(db, {
      draws: FACTSHEET_DRAWS,
      seed: UNCERTAINTY_SEED,
      material,
    });
    return { status: "ok", result };
  } catch (error) {
    if (error instanceof AppError && error.id === "criticality_scenario_missing_inputs") {
      return { status: "missing", missing: String(error.vars.missing ?? "") };
    }
    throw error;
  }
}

export function UncertaintySection({ lang, u }: { lang: Lang; u: FactsheetUncertainty }) {
  const m = u.status === "ok" ? u.result.materials[0] : undefined;
  return (
    <section aria-labelledby="incertitude-titre">
      <h2 id="incertitude-titre">{t(lang, "uncertaintyTitle")}</h2>
      {u.status === "ok" && m ? (
        <>
          <div class="table-wrap">
            <table class="data-table factsheet-uncertainty">
              <caption>
                {t(lang, "uncertaintyCaption", {
                  draws: formatNumber(lang, u.result.draws),
                  seed: String(u.result.seed),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, "colIndicator")}</th>
                  <th scope="col">{t(lang, "colValue")}</th>
                </tr>
              </thead>
              <tbody>
                {(
                  [
                    [t(lang, "uncertaintyP5"), m.p5],
                    [t(lang, "uncertaintyP50"), m.p50],
                    [t(lang, "uncertaintyP95"), m.p95],
                    [t(lang, "uncertaintyDeterministic"), m.deterministic],
                  ] as const
                ).map(([label, v]) => (
                  <tr>
                    <th scope="row">{label}</th>
                    <td class="num">{formatNumber(lang, v, 2)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">
                    {t(lang, "uncertaintyProbability", {
                      sr: formatNumber(lang, u.result.thresholds.supplyRisk, 1),
                      ei: formatNumber(lang, u.result.thresholds.economicImportance, 1),
                    })}
                  </th>
                  <td class="num">{percent(lang, m.probabilityCritical)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p class="hint">
            {t(lang, "uncertaintyNote", {
              wgi: String(u.result.sources.wgi),
              estimated: formatNumber(lang, m.estimatedRows),
              rows: formatNumber(lang, m.rows),
              rse: percent(lang, ESTIMATE_RELATIVE_STD_ERROR),
            })}
          </p>
        </>
      ) : (
        <p class="empty-state">
          {t(lang, "noUncertainty", { missing: u.status === "missing" ? u.missing : "—" })}
        </p>
      )}
    </section>
  );
}
