/** The confirmation asked before a capacity leaves a project: what goes, a box to tick, Cancel. */
import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import type { ProjectRefView } from "../projects/present.ts";
import { WithCode } from "../shared/code-text.tsx";
import { nameIn, type Reference } from "./capacity-choices.ts";
import type { CapacityKey } from "./commands.ts";
import { impactText as t } from "./messages.ts";

export function RemoveCapacityPage(props: {
  lang: Lang;
  csrf: string;
  project: ProjectRefView;
  reference: Reference;
  capacity: CapacityKey & { tonnes: number };
  error?: string;
}) {
  const { lang, project: p, capacity: k, reference: ref } = props;
  const projectPath = localisedPath(lang, `/cooperation/projets/${p.code}`);
  return (
    <>
      <h1>
        <WithCode text={t(lang, "removeTitle", { code: p.code })} code={p.code} />
      </h1>
      <p class="lead">{lang === "fr" ? p.titleFr : p.titleEn}</p>
      <p>{t(lang, "removeText")}</p>
      <dl class="facts">
        <dt>{t(lang, "material")}</dt>
        <dd>{nameIn(ref.materials, k.material, lang)}</dd>
        <dt>{t(lang, "stage")}</dt>
        <dd>{nameIn(ref.stages, k.stage, lang)}</dd>
        <dt>{t(lang, "country")}</dt>
        <dd>{nameIn(ref.countries, k.country, lang)}</dd>
        <dt>{t(lang, "tonnes")}</dt>
        <dd>{formatNumber(lang, k.tonnes)}</dd>
      </dl>
      {props.error && <Alert kind="error">{props.error}</Alert>}
      <form method="post" action={`${projectPath}/capacites/retirer`}>
        <Csrf token={props.csrf} />
        <input type="hidden" name="matiere" value={k.material} />
        <input type="hidden" name="etape" value={k.stage} />
        <input type="hidden" name="pays" value={k.country} />
        <div>
          <input type="checkbox" id="cap-confirm" name="confirmer" value="oui" required />{" "}
          <label for="cap-confirm">{t(lang, "removeCheckbox")}</label>
        </div>
        <p>
          <button type="submit" class="danger">
            {t(lang, "removeConfirm")}
          </button>{" "}
          <a href={`${projectPath}#impact-titre`}>{t(lang, "cancel")}</a>
        </p>
      </form>
    </>
  );
}
