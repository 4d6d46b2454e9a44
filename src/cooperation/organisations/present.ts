import type { OrganisationRow } from "./queries.ts";

/**
 * An organisation as the list shows it, with the projects the viewer sees it take part in: the
 * query already names every field as the page does, so the row is the view.
 */
export type OrganisationView = OrganisationRow;

/** The edit form's values: identifiers one "scheme: value" a line, as the form reads them. */
export function organisationFormValues(o: OrganisationRow): Record<string, string> {
  return {
    name: o.name,
    acronym: o.acronym ?? "",
    party: o.party,
    kind: o.kind,
    identifiers: Object.entries(o.identifiers)
      .map(([k, v]) => `${k}: ${v}`)
      .join("\n"),
    website: o.website ?? "",
  };
}
