import { type Lang, localise, localisedPath } from "../../platform/i18n/i18n.ts";
import { Alert } from "../../platform/web/alert.tsx";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { Field, type FormState, Select } from "../../platform/web/fields.tsx";
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  ORGANISATION_PARTIES,
  PARTY_LABELS,
} from "../projects/labels.ts";
import { projectText as t } from "../projects/messages.ts";
import type { OrganisationView } from "./present.ts";

export function OrganisationListPage(p: {
  lang: Lang;
  rows: OrganisationView[];
  canCreate: boolean;
  canUpdate: boolean;
}) {
  const { lang } = p;
  return (
    <>
      <p>
        <a href={localisedPath(lang, "/cooperation")}>{t(lang, "portfolio")}</a>
      </p>
      <h1>{t(lang, "organisations")}</h1>
      {p.canCreate && (
        <p>
          <a class="button" href={localisedPath(lang, "/cooperation/organisations/nouvelle")}>
            {t(lang, "newOrganisation")}
          </a>
        </p>
      )}
      {p.rows.length === 0 ? (
        <p class="empty-state">{t(lang, "emptyOrganisations")}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t(lang, "organisations")}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, "name")}</th>
                <th scope="col">{t(lang, "orgParty")}</th>
                <th scope="col">{t(lang, "orgKind")}</th>
                <th scope="col">{t(lang, "identifiers")}</th>
                <th scope="col" class="num">
                  {t(lang, "projectsOf")}
                </th>
                {p.canUpdate && (
                  <th scope="col">
                    <span class="visually-hidden">{t(lang, "edit")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {p.rows.map((o) => (
                <tr>
                  <th scope="row">
                    {o.website ? <a href={o.website}>{o.name}</a> : o.name}
                    {o.acronym && ` (${o.acronym})`}
                  </th>
                  <td>{localise(PARTY_LABELS[o.party], lang)}</td>
                  <td>{localise(ORGANISATION_KIND_LABELS[o.kind], lang)}</td>
                  <td>
                    {Object.entries(o.identifiers)
                      .map(([k, v]) => `${k} ${v}`)
                      .join(" · ")}
                  </td>
                  <td class="num">{o.projects}</td>
                  {p.canUpdate && (
                    <td>
                      <a href={localisedPath(lang, `/cooperation/organisations/${o.id}/modifier`)}>
                        {t(lang, "edit")}
                      </a>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function OrganisationForm(p: {
  lang: Lang;
  csrf: string;
  form: FormState;
  action: string;
  title: string;
  error?: string | undefined;
}) {
  const { lang, form } = p;
  const f = { lang, form };
  return (
    <>
      <h1>{p.title}</h1>
      {p.error && <Alert kind="error">{p.error}</Alert>}
      <form method="post" action={p.action} class="stacked" novalidate>
        <Csrf token={p.csrf} />
        <Field {...f} name="name" label={t(lang, "name")} required />
        <Field {...f} name="acronym" label={t(lang, "acronym")} />
        <Select
          {...f}
          name="party"
          label={t(lang, "orgParty")}
          options={ORGANISATION_PARTIES.map((x) => [x, PARTY_LABELS[x]] as const)}
        />
        <Select
          {...f}
          name="kind"
          label={t(lang, "orgKind")}
          options={ORGANISATION_KINDS.map((k) => [k, ORGANISATION_KIND_LABELS[k]] as const)}
        />
        <Field
          {...f}
          name="identifiers"
          label={t(lang, "identifiers")}
          hint={t(lang, "identifiersHint")}
          multiline
        />
        <Field {...f} name="website" label={t(lang, "website")} />
        <p>
          <button type="submit">{t(lang, "save")}</button>{" "}
          <a href={localisedPath(lang, "/cooperation/organisations")}>{t(lang, "cancel")}</a>
        </p>
      </form>
    </>
  );
}
