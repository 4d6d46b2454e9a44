import { capitalised, TERMS } from "../../platform/i18n/glossary.ts";
import { messages } from "../../platform/i18n/i18n.ts";

export const reportText = messages({
  title: {
    fr: "Rapport de portefeuille — comité conjoint",
    en: "Portfolio report — joint committee",
  },
  subtitle: {
    fr: "Coopération Québec–France sur les métaux critiques et stratégiques",
    en: "Québec–France cooperation on critical and strategic metals",
  },
  producedOn: { fr: "Produit le {date}", en: "Produced on {date}" },
  scope: {
    fr: "Ce rapport porte sur les {n} projets que son destinataire peut consulter ; les projets confidentiels à une partie n’y figurent que pour elle.",
    en: "This report covers the {n} projects its reader may see; projects confidential to one party appear only for that party.",
  },
  countsTitle: {
    fr: `Projets par priorité, ${TERMS.actionLine.fr} et ${TERMS.status.fr}`,
    en: "Projects by priority, line of action and status",
  },
  byPriority: { fr: "Priorité", en: "Priority" },
  byLine: capitalised(TERMS.actionLine),
  byStatus: capitalised(TERMS.status),
  projects: { fr: "Projets", en: "Projects" },
  countsNote: {
    fr: "Un projet qui sert plusieurs axes compte dans chacun d’eux.",
    en: "A project serving several lines counts in each of them.",
  },
  listTitle: { fr: "Liste des projets", en: "List of projects" },
  colCode: { fr: "Code", en: "Code" },
  colTitle: { fr: "Titre", en: "Title" },
  colStatus: capitalised(TERMS.status),
  colPartners: { fr: "Partenaires", en: "Partners" },
  noProject: { fr: "Aucun projet.", en: "No project." },
  financingTitle: { fr: "Financement", en: "Financing" },
  colCurrency: { fr: "Exprimé en", en: "Expressed in" },
  colCommitted: { fr: "Engagé", en: "Committed" },
  colDisbursed: { fr: "Versé", en: "Disbursed" },
  colRemaining: { fr: "Reste à verser", en: "Remaining" },
  nativeTitle: { fr: "Montants dans leur devise d’origine", en: "Amounts in their own currency" },
  nativeRow: { fr: "Lignes en {currency}", en: "Lines in {currency}" },
  rateUsed: {
    fr: "Conversion au taux du {date} : 1 {base} = {rate} {quote} (source : {source}). Chaque devise est additionnée exactement en cents, puis convertie une seule fois.",
    en: "Converted at the rate of {date}: 1 {base} = {rate} {quote} (source: {source}). Each currency is summed exactly in cents, then converted once.",
  },
  noRate: {
    fr: "Aucun taux de change n’est connu à cette date : seuls les montants dans leur devise d’origine sont donnés.",
    en: "No exchange rate is known at this date: only the amounts in their own currency are given.",
  },
  financingHidden: {
    fr: "Le financement n’est communiqué qu’aux membres des parties, aux administrateurs et aux évaluateurs.",
    en: "Financing is shown only to members of the parties, administrators and reviewers.",
  },
  page: { fr: "Page {n} sur {total}", en: "Page {n} of {total}" },
});
