import { messages } from "../../platform/i18n/i18n.ts";

export const savedScenarioText = messages({
  listTitle: { fr: "Scénarios enregistrés", en: "Saved scenarios" },
  listLead: {
    fr: "Les scénarios enregistrés par les membres du Québec et de la France, visibles des deux parties. Chacun garde le résultat calculé au moment de l’enregistrement et les millésimes des données utilisées.",
    en: "Scenarios saved by members from Québec and France, visible to both parties. Each keeps the result computed when it was saved and the vintages of the data it used.",
  },
  empty: {
    fr: "Aucun scénario enregistré pour l’instant. Calculez-en un dans le calculateur, puis enregistrez-le.",
    en: "No saved scenario yet. Compute one in the calculator, then save it.",
  },
  calculator: { fr: "Calculateur de scénarios", en: "Scenario calculator" },
  caption: {
    fr: "Scénarios enregistrés, du plus récent au plus ancien",
    en: "Saved scenarios, newest first",
  },
  title: { fr: "Titre", en: "Title" },
  party: { fr: "Partie", en: "Party" },
  author: { fr: "Auteur ou autrice", en: "Author" },
  date: { fr: "Date", en: "Date" },
  material: { fr: "Matière", en: "Material" },
  party_qc: { fr: "Québec", en: "Québec" },
  party_fr: { fr: "France", en: "France" },
  party_admin: { fr: "Administration", en: "Administration" },
  unknownAuthor: { fr: "compte supprimé", en: "deleted account" },
  count: { fr: "{total} scénario(s) enregistré(s)", en: "{total} saved scenario(s)" },
  pagination: { fr: "Pages des scénarios", en: "Scenario pages" },
  pageOf: { fr: "Page {page} sur {pages}", en: "Page {page} of {pages}" },
  previous: { fr: "← Page précédente", en: "← Previous page" },
  next: { fr: "Page suivante →", en: "Next page →" },
  saveHeading: { fr: "Enregistrer ce scénario", en: "Save this scenario" },
  saveHint: {
    fr: "Le résultat sera recalculé et conservé ; il sera visible des membres des deux parties.",
    en: "The result will be recomputed and kept; members of both parties will see it.",
  },
  note: { fr: "Note (facultative)", en: "Note (optional)" },
  save: { fr: "Enregistrer", en: "Save" },
  allSaved: { fr: "Scénarios enregistrés", en: "Saved scenarios" },
  savedBy: {
    fr: "Enregistré le {date} par {author} ({party}).",
    en: "Saved on {date} by {author} ({party}).",
  },
  changes: { fr: "Changements", en: "Changes" },
  change: { fr: "{kind} : {country}, {stage}, {value}", en: "{kind}: {country}, {stage}, {value}" },
  vintages: {
    fr: "Données utilisées : USGS {production} ; WGI {wgi} ; {eu}.",
    en: "Data used: USGS {production}; WGI {wgi}; {eu}.",
  },
  result: { fr: "Résultat enregistré", en: "Saved result" },
  open: { fr: "Ouvrir dans le calculateur", en: "Open in the calculator" },
  delete: { fr: "Supprimer ce scénario", en: "Delete this scenario" },
  confirmTitle: {
    fr: "Supprimer le scénario « {title} » ?",
    en: "Delete the scenario “{title}”?",
  },
  confirmText: {
    fr: "Le scénario disparaîtra pour les deux parties. La suppression est définitive.",
    en: "The scenario will be gone for both parties. Deleting cannot be undone.",
  },
  confirm: { fr: "Supprimer", en: "Delete" },
  cancel: { fr: "Annuler", en: "Cancel" },
  deleted: { fr: "Le scénario a été supprimé.", en: "The scenario has been deleted." },
});
