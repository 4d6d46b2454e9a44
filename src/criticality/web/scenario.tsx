/**
 * Scenarios on the global view (EU method): POST /api/v1/criticality/scenarios and the page
 * /criticite/scenario (a GET form). Both compute and answer; nothing is saved yet.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../../platform/errors/app-error.ts";
import { access } from "../../platform/http/access.ts";
import type { Router } from "../../platform/http/router.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { renderPage } from "../../platform/web/render.tsx";
import { toAppError } from "../engine-error-text.ts";
import { EU_RESULTS_VINTAGE } from "../loaders/eu.ts";
import {
  type GlobalScenarioResult,
  runGlobalScenario,
  type ScenarioChangeSpec,
  type ScenarioStageCode,
} from "../loaders/global-eu-scenario.ts";
import { resolveMaterial } from "../loaders/materials.ts";
import { scenarioText as t } from "./scenario-messages.ts";
import { scenarioBody, scenarioResultSchema } from "./scenario-schema.ts";

const CREATE = access("create", "CriticalityScenario");
const READ = access("read", "CriticalityScenario");
const KINDS = ["supply_cut", "export_restriction", "new_supply"] as const;
const STAGES = ["mine", "refinery"] as const;

async function compute(
  c: Context<AppEnv>,
  material: string,
  changes: ScenarioChangeSpec[],
): Promise<GlobalScenarioResult> {
  const db = c.var.deps.db;
  const match = await resolveMaterial(db, material);
  if (!match.found) {
    const names = match.suggestions.map((m) => (c.var.lang === "fr" ? m.nameFr : m.nameEn));
    throw new AppError("criticality_unknown_material", {
      name: material,
      suggestions: names.length === 0 ? "" : ` (${names.join(", ")})`,
    });
  }
  try {
    return await runGlobalScenario(db, match.material.id, changes);
  } catch (error) {
    throw error instanceof AppError ? error : toAppError(error, c.var.lang);
  }
}

export function registerScenarios(router: Router): void {
  router.page("GET", "/criticite/scenario", READ, showScenario);
  router.api(
    createRoute({
      method: "post",
      path: "/api/v1/criticality/scenarios",
      tags: ["Criticité / Criticality"],
      summary: "Scénario sur le point de vue mondial / Scenario on the global view",
      description:
        "Calcule HHI, RA (méthode UE) et criticité avant et après les changements, à partir des données chargées (USGS, WGI, UE 2023). Rien n’est enregistré. / Computes HHI, SR (EU method) and criticality before and after the changes, from the loaded data. Nothing is saved.",
      request: {
        body: { content: { "application/json": { schema: scenarioBody } }, required: true },
      },
      responses: {
        200: {
          description: "Avant, après, écarts / Before, after, deltas",
          content: { "application/json": { schema: scenarioResultSchema } },
        },
      },
    }),
    CREATE,
    async (c) => {
      const body = c.req.valid("json");
      return c.json(await compute(c, body.material, body.changes), 200);
    },
  );
}

type Form = {
  material: string;
  kind: (typeof KINDS)[number];
  country: string;
  stage: ScenarioStageCode;
  value: string;
};

const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T) =>
  values.includes(value as T) ? (value as T) : fallback;

async function showScenario(c: Context<AppEnv>) {
  const lang = c.var.lang;
  const q = (k: string) => c.req.query(k)?.trim() ?? "";
  const form: Form = {
    material: q("matiere") || "cobalt",
    kind: oneOf(KINDS, q("changement"), "supply_cut"),
    country: q("pays").toUpperCase(),
    stage: oneOf(STAGES, q("etape"), "mine"),
    value: q("valeur"),
  };
  const materials = await c.var.deps.db.query<{ id: string; name_fr: string; name_en: string }>(
    `SELECT m.id, m.name_fr, m.name_en FROM eu_assessment_results r
       JOIN datasets d ON d.id = r.dataset_id JOIN materials m ON m.id = r.material_id
      WHERE d.kind = 'eu-crm-results' AND d.vintage = $1 ORDER BY m.id`,
    [EU_RESULTS_VINTAGE],
  );
  let result: GlobalScenarioResult | undefined;
  let error: string | undefined;
  if (q("pays") !== "" || q("valeur") !== "") {
    const value = Number(form.value.replace(",", "."));
    if (form.value === "" || !Number.isFinite(value)) {
      error = t(lang, "invalidValue");
    } else {
      try {
        result = await compute(c, form.material, [
          { kind: form.kind, country: form.country, stage: form.stage, value },
        ]);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        error = e.messageIn(lang);
      }
    }
  }
  const name = (id: string) => {
    const m = materials.find((x) => x.id === id);
    return m ? (lang === "fr" ? m.name_fr : m.name_en) : id;
  };
  return renderPage(
    c,
    t(lang, "title"),
    <>
      <h1>{t(lang, "title")}</h1>
      <p>{t(lang, "lead")}</p>
      <form method="get" action={localisedPath(lang, "/criticite/scenario")} class="filters">
        <label for="matiere">{t(lang, "material")}</label>
        <select id="matiere" name="matiere">
          {materials.map((m) => (
            <option value={m.id} selected={m.id === form.material}>
              {lang === "fr" ? m.name_fr : m.name_en}
            </option>
          ))}
        </select>
        <label for="changement">{t(lang, "kind")}</label>
        <select id="changement" name="changement">
          {KINDS.map((k) => (
            <option value={k} selected={k === form.kind}>
              {t(lang, k)}
            </option>
          ))}
        </select>
        <label for="pays">{t(lang, "country")}</label>
        <input
          id="pays"
          name="pays"
          value={form.country}
          required
          pattern="[A-Za-z]{3}"
          maxlength={3}
          size={4}
        />
        <label for="etape">{t(lang, "stage")}</label>
        <select id="etape" name="etape">
          {STAGES.map((s) => (
            <option value={s} selected={s === form.stage}>
              {t(lang, s)}
            </option>
          ))}
        </select>
        <label for="valeur">{t(lang, "value")}</label>
        <input id="valeur" name="valeur" value={form.value} required inputmode="decimal" size={8} />
        <button type="submit">{t(lang, "compute")}</button>
      </form>
      {error !== undefined && (
        <p class="alert" role="alert">
          {error}
        </p>
      )}
      {result && <ResultTable lang={lang} name={name(result.material)} r={result} />}
    </>,
    error !== undefined ? 422 : 200,
  );
}

function ResultTable(props: { lang: Lang; name: string; r: GlobalScenarioResult }) {
  const { lang, r } = props;
  const n = (v: number) => formatNumber(lang, v, 4);
  const signed = (v: number) => (v > 0 ? `+${n(v)}` : n(v));
  const yes = (b: boolean) => t(lang, b ? "yes" : "no");
  const rows: [string, string, string, string][] = [];
  for (const s of r.stages) {
    const stage = t(lang, s.stage);
    if (s.hhi)
      rows.push([t(lang, "hhi", { stage }), n(s.hhi.before), n(s.hhi.after), signed(s.hhi.delta)]);
    rows.push([
      t(lang, "srStage", { stage }),
      n(s.supplyRisk.before),
      n(s.supplyRisk.after),
      signed(s.supplyRisk.delta),
    ]);
  }
  rows.push([
    t(lang, "sr"),
    n(r.supplyRisk.before),
    n(r.supplyRisk.after),
    signed(r.supplyRisk.delta),
  ]);
  rows.push([t(lang, "critical"), yes(r.critical.before), yes(r.critical.after), ""]);
  const production = r.sources.production
    .map((p) => `${t(lang, p.stage)} ${p.year} (${p.vintage}, ${p.detail})`)
    .join(", ");
  return (
    <section aria-labelledby="scenario-resultat">
      <table>
        <caption id="scenario-resultat">{t(lang, "caption", { material: props.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, "indicator")}</th>
            <th scope="col">{t(lang, "before")}</th>
            <th scope="col">{t(lang, "after")}</th>
            <th scope="col">{t(lang, "delta")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, b, a, d]) => (
            <tr>
              <th scope="row">{label}</th>
              <td class="num">{b}</td>
              <td class="num">{a}</td>
              <td class="num">{d}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.omittedStages.length > 0 && (
        <p>{t(lang, "omitted", { stages: r.omittedStages.map((s) => t(lang, s)).join(", ") })}</p>
      )}
      <p class="source">
        {t(lang, "sources", {
          production,
          wgi: String(r.sources.wgi.year),
          median: n(r.sources.wgi.fallback),
          fallbackFor: r.sources.wgi.fallbackFor.join(", ") || "—",
          eu: r.sources.eu,
          ei: n(r.economicImportance),
          srT: formatNumber(lang, r.thresholds.supplyRisk, 1),
          eiT: formatNumber(lang, r.thresholds.economicImportance, 1),
        })}
      </p>
    </section>
  );
}
