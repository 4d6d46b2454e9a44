/** The form that adds a capacity to a project: choices from the reference, checked again on POST. */
import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import type { CapacityChoices, Choice } from "./capacity-choices.ts";
import { impactText as t } from "./messages.ts";

/** The form's fields as sent, to redraw it after a refusal. */
export type CapacityValues = { matiere: string; etape: string; pays: string; tonnes: string };

const Options = (props: { items: Choice[]; selected: string | undefined }) => (
  <>
    {props.items.map((o) => (
      <option value={o.id} selected={o.id === props.selected}>
        {o.name}
      </option>
    ))}
  </>
);

export function CapacityForm(props: {
  lang: Lang;
  code: string;
  csrf: string;
  choices: CapacityChoices;
  values?: CapacityValues;
}) {
  const { lang, choices: ch, values: v } = props;
  const country = v ? v.pays : (ch.projectCountry ?? "");
  return (
    <>
      <h3>{t(lang, "addTitle")}</h3>
      <form
        method="post"
        action={localisedPath(lang, `/cooperation/projets/${props.code}/capacites`)}
        class="stacked"
      >
        <Csrf token={props.csrf} />
        <label for="cap-material">{t(lang, "material")}</label>
        <select id="cap-material" name="matiere" required>
          <option value="">{t(lang, "chooseMaterial")}</option>
          {ch.ownMaterials.length > 0 ? (
            <>
              <optgroup label={t(lang, "projectMaterials")}>
                <Options items={ch.ownMaterials} selected={v?.matiere} />
              </optgroup>
              <optgroup label={t(lang, "otherMaterials")}>
                <Options items={ch.otherMaterials} selected={v?.matiere} />
              </optgroup>
            </>
          ) : (
            <Options items={ch.otherMaterials} selected={v?.matiere} />
          )}
        </select>
        <label for="cap-stage">{t(lang, "stage")}</label>
        <select id="cap-stage" name="etape">
          <Options items={ch.stages} selected={v?.etape} />
        </select>
        <label for="cap-country">{t(lang, "country")}</label>
        <select id="cap-country" name="pays" required>
          <option value="">{t(lang, "chooseCountry")}</option>
          <Options items={ch.countries} selected={country} />
        </select>
        <label for="cap-tonnes">{t(lang, "tonnes")}</label>
        <input id="cap-tonnes" name="tonnes" required inputmode="decimal" value={v?.tonnes} />
        <button type="submit">{t(lang, "add")}</button>
      </form>
    </>
  );
}
