/**
 * The calculator page /criticite/scenario: the form, the before/after table and, for those who
 * may save, the form that saves the scenario. Also renders the result of a saved scenario.
 */
import type { Context } from "hono";
import { AppError } from "../../platform/errors/app-error.ts";
import type { AppEnv } from "../../platform/http/types.ts";
import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { renderPage } from "../../platform/web/render.tsx";
import type {
  GlobalScenarioResult,
  ScenarioChangeSpec,
  ScenarioStageCode,
} from "../loaders/global-eu-scenario.ts";
import { euMaterialOptions } from "../materials/queries.ts";
import { percent, unitLabel } from "../web-kit/format.ts";
import { NOTE_MAX, TITLE_MAX } from "./commands.ts";
import { computeScenario } from "./compute.ts";
import { scenarioText as t } from "./messages.ts";
import { publishedBottleneckNote } from "./notes.ts";
import { savedScenarioText as st } from "./saved-messages.ts";

const KINDS = ["supply_cut", "export_restriction", "new_supply"] as const;
const STAGES = ["mine", "refinery"] as const;

type ChangeForm = {
  kind: (typeof KINDS)[number];
  country: string;
  stage: ScenarioStageCode;
  value: string;
};

/** The calculator's fields as typed; one change per position of the repeated fields. */
export type ScenarioForm = { material: string; changes: ChangeForm[] };

const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T) =>
  values.includes(value as T) ? (value as T) : fallback;

/** Reads the form from the query or a posted body: `all(name)` gives every value of a field. */
export function readScenarioForm(all: (name: string) => string[]): ScenarioForm {
  const field = (name: string) => all(name).map((v) => v.trim());
  const kinds = field("changement");
  const countries = field("pays");
  const stages = field("etape");
  const values = field("valeur");
  const n = Math.max(1, kinds.length, countries.length, stages.length, values.length);
  return {
    material: field("matiere")[0] || "cobalt",
    changes: Array.from({ length: n }, (_, i) => ({
      kind: oneOf(KINDS, kinds[i], "supply_cut"),
      country: (countries[i] ?? "").toUpperCase(),
      stage: oneOf(STAGES, stages[i], "mine"),
      value: values[i] ?? "",
    })),
  };
}

/** The calculator's address with these changes filled in. */
export function calculatorPath(lang: Lang, material: string, changes: ScenarioChangeSpec[]) {
  const q = new URLSearchParams({ matiere: material });
  for (const ch of changes) {
    q.append("changement", ch.kind);
    q.append("pays", ch.country);
    q.append("etape", ch.stage);
    q.append("valeur", String(ch.value));
  }
  return `${localisedPath(lang, "/criticite/scenario")}?${q}`;
}

/** The typed changes as numbers, or undefined when one value is not a number. */
export function parseChanges(form: ScenarioForm): ScenarioChangeSpec[] | undefined {
  const parsed = form.changes.map((ch) => ({
    ...ch,
    value: ch.value === "" ? Number.NaN : Number(ch.value.replace(",", ".")),
  }));
  return parsed.every((ch) => Number.isFinite(ch.value)) ? parsed : undefined;
}

type SaveState = { title: string; note: string; error: string; status: number };

export async function renderScenarioPage(c: Context<AppEnv>, form: ScenarioForm, save?: SaveState) {
  const lang = c.var.lang;
  const materials = await euMaterialOptions(c.var.deps.db, lang);
  let result: GlobalScenarioResult | undefined;
  let error: string | undefined;
  if (form.changes.some((ch) => ch.country !== "" || ch.value !== "")) {
    const changes = parseChanges(form);
    if (!changes) {
      error = t(lang, "invalidValue");
    } else {
      try {
        result = await computeScenario(c.var.deps.db, lang, form.material, changes);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        error = e.messageIn(lang);
      }
    }
  }
  const name = (id: string) => materials.find((x) => x.id === id)?.name ?? id;
  const canSave = c.var.deps.policy.can(c.var.actor, "create", "SavedScenario");
  const canList = c.var.deps.policy.can(c.var.actor, "read", "SavedScenario");
  const status = error !== undefined ? 422 : (save?.status ?? 200);
  return renderPage(
    c,
    t(lang, "title"),
    <>
      <h1>{t(lang, "title")}</h1>
      <p>{t(lang, "lead")}</p>
      {canList && (
        <p>
          <a href={localisedPath(lang, "/criticite/scenarios")}>{st(lang, "allSaved")}</a>
        </p>
      )}
      <form method="get" action={localisedPath(lang, "/criticite/scenario")} class="filters">
        <label for="matiere">{t(lang, "material")}</label>
        <select id="matiere" name="matiere">
          {materials.map((m) => (
            <option value={m.id} selected={m.id === form.material}>
              {m.name}
            </option>
          ))}
        </select>
        {form.changes.length === 1 ? (
          <ChangeFields lang={lang} ch={form.changes[0] as ChangeForm} n={1} />
        ) : (
          form.changes.map((ch, i) => (
            <fieldset>
              <legend>{`${t(lang, "kind")} ${i + 1}`}</legend>
              <ChangeFields lang={lang} ch={ch} n={i + 1} />
            </fieldset>
          ))
        )}
        <button type="submit">{t(lang, "compute")}</button>
      </form>
      {error !== undefined && (
        <Alert kind="error" as="p">
          {error}
        </Alert>
      )}
      {result && <ResultTable lang={lang} name={name(result.material)} r={result} />}
      {result && canSave && <SaveForm lang={lang} csrf={c.var.csrfToken} form={form} save={save} />}
    </>,
    status as 200,
  );
}

function ChangeFields(props: { lang: Lang; ch: ChangeForm; n: number }) {
  const { lang, ch } = props;
  // The first change keeps the plain ids that links and tests know.
  const id = (base: string) => (props.n === 1 ? base : `${base}-${props.n}`);
  return (
    <>
      <label for={id("changement")}>{t(lang, "kind")}</label>
      <select id={id("changement")} name="changement">
        {KINDS.map((k) => (
          <option value={k} selected={k === ch.kind}>
            {t(lang, k)}
          </option>
        ))}
      </select>
      <label for={id("pays")}>{t(lang, "country")}</label>
      <input
        id={id("pays")}
        name="pays"
        value={ch.country}
        required
        pattern="[A-Za-z]{3}"
        maxlength={3}
        size={4}
      />
      <label for={id("etape")}>{t(lang, "stage")}</label>
      <select id={id("etape")} name="etape">
        {STAGES.map((s) => (
          <option value={s} selected={s === ch.stage}>
            {t(lang, s)}
          </option>
        ))}
      </select>
      <label for={id("valeur")}>{t(lang, "value")}</label>
      <input
        id={id("valeur")}
        name="valeur"
        value={ch.value}
        required
        inputmode="decimal"
        size={8}
      />
    </>
  );
}

function SaveForm(props: { lang: Lang; csrf: string; form: ScenarioForm; save?: SaveState }) {
  const { lang, form, save } = props;
  return (
    <section aria-labelledby="enregistrer">
      <h2 id="enregistrer">{st(lang, "saveHeading")}</h2>
      <p class="hint">{st(lang, "saveHint")}</p>
      {save && (
        <Alert kind="error" as="p">
          {save.error}
        </Alert>
      )}
      <form method="post" action={localisedPath(lang, "/criticite/scenarios")} class="stacked">
        <Csrf token={props.csrf} />
        <input type="hidden" name="matiere" value={form.material} />
        {form.changes.map((ch) => (
          <>
            <input type="hidden" name="changement" value={ch.kind} />
            <input type="hidden" name="pays" value={ch.country} />
            <input type="hidden" name="etape" value={ch.stage} />
            <input type="hidden" name="valeur" value={ch.value} />
          </>
        ))}
        <div>
          <label for="titre">{st(lang, "title")}</label>
          <input id="titre" name="titre" required maxlength={TITLE_MAX} value={save?.title ?? ""} />
        </div>
        <div>
          <label for="note">{st(lang, "note")}</label>
          <textarea id="note" name="note" maxlength={NOTE_MAX} rows={3}>
            {save?.note ?? ""}
          </textarea>
        </div>
        <div>
          <button type="submit">{st(lang, "save")}</button>
        </div>
      </form>
    </section>
  );
}

export function ResultTable(props: { lang: Lang; name: string; r: GlobalScenarioResult }) {
  const { lang, r } = props;
  const n = (v: number) => formatNumber(lang, v, 4);
  const signed = (v: number) => (v > 0 ? `+${n(v)}` : n(v));
  const yes = (b: boolean) => t(lang, b ? "yes" : "no");
  const rows: [string, string, string, string][] = [];
  for (const s of r.stages) {
    const stage =
      s.provenance === "published"
        ? t(lang, "published", { stage: t(lang, s.stage) })
        : t(lang, s.stage);
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
  const pct = (v: number) => percent(lang, v);
  const note = publishedBottleneckNote(lang, r);
  return (
    <section aria-labelledby="scenario-resultat">
      {r.shortfall.map((f) => (
        <Alert kind="note" as="p">
          <strong>
            {t(lang, "shortfall", {
              quantity: `${formatNumber(lang, f.quantity, 0)} ${unitLabel(lang, f.unit)}`,
              year: String(f.year),
              country: f.country,
              stage: t(lang, f.stage),
              share: pct(f.shareOfWorld),
            })}
          </strong>
          {f.shareOfPartySourcing !== null &&
            ` ${t(lang, "shortfallParty", { share: pct(f.shareOfPartySourcing) })}`}
        </Alert>
      ))}
      {r.shortfall.length > 0 && <p>{t(lang, "remaining")}</p>}
      {r.notComputed.map((c) => (
        <p>{t(lang, "notComputed", { stage: t(lang, c.stage), country: c.country })}</p>
      ))}
      {note && (
        <Alert kind="note" as="p">
          {note}
        </Alert>
      )}
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
          // The USGS residual keeps its source name in the data; the page says it in words.
          fallbackFor:
            r.sources.wgi.fallbackFor
              .map((c) => (/^other countries$/i.test(c) ? t(lang, "otherCountries") : c))
              .join(", ") || "—",
          eu: r.sources.eu,
          ei: n(r.economicImportance),
          srT: formatNumber(lang, r.thresholds.supplyRisk, 1),
          eiT: formatNumber(lang, r.thresholds.economicImportance, 1),
        })}
      </p>
    </section>
  );
}
