import type { Jurisdiction } from "../../shared/jurisdiction.ts";

/**
 * The body that answers requests under each regime, as printed on its letters: in Québec the
 * ministry that released the seed document, in France the interministerial delegate's office.
 */
export const ISSUERS: Record<
  Jurisdiction,
  { title: string; unit: string; organisation: string; addressLines: string[] }
> = {
  qc: {
    title: "La personne responsable de l’accès à l’information",
    unit: "Bureau de l’accès à l’information",
    organisation: "Ministère des Ressources naturelles et des Forêts",
    addressLines: ["5700, 4e Avenue Ouest", "Québec (Québec) G1H 6R1"],
  },
  fr: {
    title: "La personne responsable de l’accès aux documents administratifs",
    unit: "Délégation interministérielle aux approvisionnements en minerais et métaux stratégiques",
    organisation: "Services du Premier ministre",
    addressLines: ["Paris"],
  },
};
