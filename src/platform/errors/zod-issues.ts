import type { z } from "zod";
import type { Texts } from "../i18n/i18n.ts";
import type { FieldErrors } from "./app-error.ts";

/** zod's messages are English only: each issue gets a French and an English sentence. */
export function issueTexts(issue: z.core.$ZodIssue): Texts {
  switch (issue.code) {
    case "invalid_type":
      return isMissing(issue)
        ? { fr: "Champ obligatoire.", en: "Required field." }
        : { fr: `Type attendu : ${issue.expected}.`, en: `Expected type: ${issue.expected}.` };
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) {
        return { fr: "Champ obligatoire.", en: "Required field." };
      }
      return {
        fr: `Valeur trop petite (minimum ${String(issue.minimum)}).`,
        en: `Value too small (minimum ${String(issue.minimum)}).`,
      };
    case "too_big":
      return {
        fr: `Valeur trop grande (maximum ${String(issue.maximum)}).`,
        en: `Value too large (maximum ${String(issue.maximum)}).`,
      };
    case "invalid_format":
      return { fr: `Format invalide (${issue.format}).`, en: `Invalid format (${issue.format}).` };
    case "invalid_value":
      return {
        fr: `Valeur non permise ; valeurs possibles : ${issue.values.map(String).join(", ")}.`,
        en: `Value not allowed; possible values: ${issue.values.map(String).join(", ")}.`,
      };
    case "unrecognized_keys":
      return {
        fr: `Champs inconnus : ${issue.keys.join(", ")}.`,
        en: `Unknown fields: ${issue.keys.join(", ")}.`,
      };
    default:
      return { fr: "Valeur invalide.", en: "Invalid value." };
  }
}

/**
 * zod keeps the input on an issue only when asked to (reportInput), and the validators of the
 * routes do not ask: its own message then says what it received.
 */
function isMissing(issue: z.core.$ZodIssue): boolean {
  return "input" in issue ? issue.input === undefined : /received undefined$/.test(issue.message);
}

/** One message per field path ("dates.from"); the first issue of a field wins. */
export function fieldErrorsFrom(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] ??= issueTexts(issue);
  }
  return fields;
}
