import type { Texts } from "../../platform/i18n/i18n.ts";
import type { LetterKind } from "../letters/types.ts";

export const LETTER_LABELS: Record<LetterKind, Texts> = {
  acknowledgement: { fr: "Accusé de réception", en: "Acknowledgement of receipt" },
  extension: { fr: "Avis de prolongation", en: "Extension notice" },
  decision: { fr: "Lettre de décision", en: "Decision letter" },
  recourse: { fr: "Avis de recours", en: "Notice of remedy" },
};
