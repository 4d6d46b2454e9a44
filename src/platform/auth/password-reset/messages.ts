import { type Lang, messages } from "../../i18n/i18n.ts";

export const resetText = messages({
  forgotTitle: { fr: "Mot de passe oublié", en: "Forgotten password" },
  forgotIntro: {
    fr: "Indiquez l’adresse courriel de votre compte. Si un compte actif y correspond, nous y envoyons un lien pour choisir un nouveau mot de passe ; il est valable une heure et ne sert qu’une fois.",
    en: "Enter the e-mail address of your account. If an active account matches it, we send it a link to choose a new password; the link is valid for one hour and works once.",
  },
  submitForgot: { fr: "Envoyer le lien", en: "Send the link" },
  forgotSent: {
    fr: "Demande reçue. Si un compte actif correspond à cette adresse, un courriel vient d’y être envoyé : suivez le lien qu’il contient dans l’heure. Pensez à vérifier vos indésirables.",
    en: "Request received. If an active account matches this address, an e-mail has just been sent to it: follow its link within the hour. Check your spam folder too.",
  },
  newPasswordTitle: { fr: "Choisir un nouveau mot de passe", en: "Choose a new password" },
  newPasswordIntro: {
    fr: "Toutes vos sessions ouvertes seront fermées. Si votre compte demande un second facteur, il vous sera toujours demandé à la connexion.",
    en: "Every open session of yours will be closed. If your account needs a second factor, it will still be asked for when you sign in.",
  },
  submitNewPassword: { fr: "Enregistrer le mot de passe", en: "Save the password" },
  linkUnknownTitle: { fr: "Lien non valide", en: "Invalid link" },
  linkUnknown: {
    fr: "Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier, ou demandez-en un nouveau.",
    en: "This link is not valid. Check that it was copied whole, or ask for a new one.",
  },
  linkSpentTitle: { fr: "Lien expiré ou déjà utilisé", en: "Link expired or already used" },
  linkSpent: {
    fr: "Ce lien a expiré ou a déjà servi : un lien ne sert qu’une fois. Demandez-en un nouveau.",
    en: "This link has expired or was already used: a link works only once. Ask for a new one.",
  },
  askAgain: { fr: "Demander un nouveau lien", en: "Ask for a new link" },
  mailSubject: {
    fr: "Alliage : choisir un nouveau mot de passe",
    en: "Alliage: choose a new password",
  },
  mailBody: {
    fr: "Bonjour {name},\n\nQuelqu’un, sans doute vous, a demandé à changer le mot de passe de votre compte Alliage. Pour en choisir un nouveau, ouvrez ce lien dans l’heure ; il ne sert qu’une fois :\n\n{link}\n\nToutes vos sessions ouvertes seront fermées. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n\nAlliage — coopération Québec–France sur les métaux critiques",
    en: "Hello {name},\n\nSomeone, probably you, asked to change the password of your Alliage account. To choose a new one, open this link within the hour; it works once:\n\n{link}\n\nEvery open session of yours will be closed. If you did not ask for this, ignore this message: your password does not change.\n\nAlliage — Québec–France cooperation on critical metals",
  },
});

type MailKeys<K extends string> = { subject: K; body: K };

/**
 * A mail in both languages, French first, as one message: it goes to an address, not to a
 * person whose language the platform knows. Subjects join with « / », bodies with a rule.
 */
export function bilingualMail<K extends string>(
  text: (lang: Lang, key: K, vars?: Record<string, string>) => string,
  keys: MailKeys<K>,
  vars: Record<string, string>,
): { subject: string; text: string } {
  return {
    subject: `${text("fr", keys.subject, vars)} / ${text("en", keys.subject, vars)}`,
    text: `${text("fr", keys.body, vars)}\n\n— English version —\n\n${text("en", keys.body, vars)}`,
  };
}
