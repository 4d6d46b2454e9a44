import { messages } from "../../../platform/i18n/i18n.ts";

/** Texts for the import's report and errors, for the command line and the pages. */
export const baciText = messages({
  notBaci: {
    fr: "Ce fichier n’est pas au format BACI : {reason}",
    en: "This file is not in the BACI format: {reason}",
  },
  empty: { fr: "le fichier est vide", en: "the file is empty" },
  header: {
    fr: "l’en-tête doit être « t,i,j,k,v,q », il est « {found} »",
    en: "the header must be “t,i,j,k,v,q”, it is “{found}”",
  },
  field_count: {
    fr: "ligne {line} : {found} champs au lieu de 6",
    en: "line {line}: {found} fields instead of 6",
  },
  non_numeric: {
    fr: "ligne {line} : le champ {field} n’est pas un nombre ({found})",
    en: "line {line}: field {field} is not a number ({found})",
  },
  out_of_range: {
    fr: "ligne {line} : le champ {field} est hors limites ({found})",
    en: "line {line}: field {field} is out of range ({found})",
  },
  value_missing: {
    fr: "ligne {line} : la valeur (v) manque",
    en: "line {line}: the value (v) is missing",
  },
  line_too_long: {
    fr: "ligne {line} : plus de {found} octets, ignorée",
    en: "line {line}: longer than {found} bytes, skipped",
  },
});
