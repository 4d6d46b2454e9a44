/**
 * An organisation's name as compared for conflicts of interest: without accents, case or extra
 * spaces, so that « Université Laval » and "universite  LAVAL" are the same organisation.
 */
export function organisationKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** The partner of the list that is the reviewer's own organisation, if any. */
export function partnerOrganisation(
  organisation: string,
  partners: readonly { name: string }[],
): string | undefined {
  const key = organisationKey(organisation);
  return partners.find((p) => organisationKey(p.name) === key)?.name;
}
