import { messages } from "../../i18n/i18n.ts";

export const signUpText = messages({
  signUpTitle: { fr: "Créer un compte candidat", en: "Create an applicant account" },
  signUpIntro: {
    fr: "Ce compte sert à déposer des candidatures aux appels à projets conjoints. Les personnes des deux administrations, les évaluateurs et les responsables de l’accès à l’information reçoivent le leur d’un administrateur.",
    en: "This account is for applying to joint calls for projects. Staff of both administrations, reviewers and access-to-information officers receive theirs from an administrator.",
  },
  name: { fr: "Nom complet", en: "Full name" },
  confirmPassword: { fr: "Confirmez le mot de passe", en: "Confirm the password" },
  privacyTitle: { fr: "Vos renseignements personnels", en: "Your personal information" },
  privacyText: {
    fr: "Alliage conserve votre nom et votre adresse courriel pour vous identifier et vous écrire au sujet de votre compte et de vos candidatures. Seules les personnes qui gèrent les appels à projets, au Québec et en France, y ont accès. Votre mot de passe n’est conservé que sous une forme qui ne permet pas de le retrouver.",
    en: "Alliage keeps your name and e-mail address to identify you and write to you about your account and your applications. Only the people who run the calls for projects, in Québec and in France, can see them. Your password is kept only in a form from which it cannot be recovered.",
  },
  consent: {
    fr: "J’accepte qu’Alliage conserve mon nom et mon adresse courriel à ces fins.",
    en: "I agree that Alliage keeps my name and e-mail address for these purposes.",
  },
  submitSignUp: { fr: "Créer mon compte", en: "Create my account" },
  haveAccount: { fr: "Vous avez déjà un compte ?", en: "Already have an account?" },
  signIn: { fr: "Se connecter", en: "Sign in" },
  sentTitle: { fr: "Vérifiez vos courriels", en: "Check your e-mail" },
  sentText: {
    fr: "Un courriel vient d’être envoyé à l’adresse indiquée. Ouvrez le lien qu’il contient dans les 48 heures pour confirmer votre adresse ; vous pourrez ensuite vous connecter.",
    en: "An e-mail has just been sent to the address you gave. Open its link within 48 hours to confirm your address; you can then sign in.",
  },
  resent: {
    fr: "Demande reçue. Si un compte attend la confirmation de cette adresse, un nouveau lien vient d’y être envoyé ; les liens précédents ne servent plus.",
    en: "Request received. If an account is waiting for this address to be confirmed, a new link has just been sent to it; earlier links no longer work.",
  },
  resendTitle: { fr: "Pas reçu le courriel ?", en: "No e-mail?" },
  resendIntro: {
    fr: "Vérifiez vos indésirables, puis demandez un nouveau lien au besoin.",
    en: "Check your spam folder, then ask for a new link if needed.",
  },
  submitResend: { fr: "Renvoyer le lien", en: "Send the link again" },
  confirmTitle: { fr: "Confirmer votre adresse courriel", en: "Confirm your e-mail address" },
  confirmIntro: {
    fr: "Confirmez l’adresse {email} pour activer votre compte.",
    en: "Confirm the address {email} to activate your account.",
  },
  submitConfirm: { fr: "Confirmer mon adresse", en: "Confirm my address" },
  signUpAgain: { fr: "Demander un nouveau lien", en: "Ask for a new link" },
  verifySubject: {
    fr: "Alliage : confirmez votre adresse courriel",
    en: "Alliage: confirm your e-mail address",
  },
  verifyBody: {
    fr: "Bonjour {name},\n\nVous avez créé un compte candidat dans Alliage. Pour confirmer votre adresse et activer le compte, ouvrez ce lien dans les 48 heures ; il ne sert qu’une fois :\n\n{link}\n\nSi vous n’avez pas créé ce compte, ignorez ce message : sans confirmation, le compte reste inutilisable.\n\nAlliage — coopération Québec–France sur les métaux critiques",
    en: "Hello {name},\n\nYou created an applicant account in Alliage. To confirm your address and activate the account, open this link within 48 hours; it works once:\n\n{link}\n\nIf you did not create this account, ignore this message: without confirmation, the account cannot be used.\n\nAlliage — Québec–France cooperation on critical metals",
  },
  existingSubject: {
    fr: "Alliage : vous avez déjà un compte",
    en: "Alliage: you already have an account",
  },
  existingBody: {
    fr: "Bonjour {name},\n\nQuelqu’un, sans doute vous, a voulu créer un compte Alliage avec cette adresse, qui en a déjà un. Aucun compte n’a été créé.\n\nPour vous connecter : {signIn}\nMot de passe oublié ? Choisissez-en un nouveau : {reset}\n\nSi vous n’y êtes pour rien, ignorez ce message : votre compte ne change pas.\n\nAlliage — coopération Québec–France sur les métaux critiques",
    en: "Hello {name},\n\nSomeone, probably you, tried to create an Alliage account with this address, which already has one. No account was created.\n\nTo sign in: {signIn}\nForgot your password? Choose a new one: {reset}\n\nIf this was not you, ignore this message: your account does not change.\n\nAlliage — Québec–France cooperation on critical metals",
  },
  pendingBody: {
    fr: "Bonjour {name},\n\nQuelqu’un, sans doute vous, a voulu créer un compte Alliage avec cette adresse, qui en a déjà un en attente de confirmation. Aucun autre compte n’a été créé.\n\nPour confirmer votre adresse, ouvrez ce lien dans les 48 heures ; il ne sert qu’une fois :\n\n{link}\n\nVous vous connecterez ensuite avec le mot de passe choisi à la première inscription. Oublié ? Choisissez-en un nouveau : {reset}\n\nAlliage — coopération Québec–France sur les métaux critiques",
    en: "Hello {name},\n\nSomeone, probably you, tried to create an Alliage account with this address, which already has one waiting for confirmation. No other account was created.\n\nTo confirm your address, open this link within 48 hours; it works once:\n\n{link}\n\nYou will then sign in with the password chosen when you first signed up. Forgotten? Choose a new one: {reset}\n\nAlliage — Québec–France cooperation on critical metals",
  },
});
