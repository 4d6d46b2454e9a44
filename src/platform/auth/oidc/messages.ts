import { messages } from "../../i18n/i18n.ts";

export const oidcText = messages({
  providersIntro: {
    fr: "Agents des administrations : connectez-vous avec votre identité gouvernementale.",
    en: "Government staff: sign in with your government identity.",
  },
  signInWith: { fr: "Se connecter avec {label}", en: "Sign in with {label}" },
  passwordIntro: {
    fr: "Ou avec l’adresse courriel et le mot de passe de votre compte Alliage :",
    en: "Or with the e-mail address and password of your Alliage account:",
  },
  failedTitle: { fr: "Connexion impossible", en: "Sign-in failed" },
  backToSignIn: { fr: "Revenir à la page de connexion", en: "Back to the sign-in page" },
  usersTitle: { fr: "Comptes", en: "Accounts" },
  usersIntro: {
    fr: "Les comptes de la plateforme et les identités gouvernementales qui y sont reliées.",
    en: "The platform's accounts and the government identities linked to them.",
  },
  email: { fr: "Adresse courriel", en: "E-mail address" },
  name: { fr: "Nom", en: "Name" },
  role: { fr: "Rôle", en: "Role" },
  status: { fr: "État", en: "Status" },
  active: { fr: "actif", en: "active" },
  disabled: { fr: "désactivé", en: "disabled" },
  identityCount: { fr: "Identités reliées", en: "Linked identities" },
  identitiesTitle: { fr: "Identités gouvernementales reliées", en: "Linked government identities" },
  identitiesEmpty: {
    fr: "Aucune identité reliée : la première connexion par un service d’identité en reliera une, si l’adresse vérifiée est celle du compte.",
    en: "No linked identity: the first sign-in through an identity service will link one, if its verified address is the account's.",
  },
  provider: { fr: "Service d’identité", en: "Identity service" },
  subject: { fr: "Identifiant chez le service", en: "Identifier at the service" },
  emailAtLink: { fr: "Adresse lors du lien", en: "Address when linked" },
  linkedAt: { fr: "Reliée le", en: "Linked" },
  lastUsed: { fr: "Dernière connexion", en: "Last sign-in" },
  actions: { fr: "Actions", en: "Actions" },
  unlink: { fr: "Délier", en: "Unlink" },
  unlinkTitle: { fr: "Délier l’identité « {provider} »", en: "Unlink the “{provider}” identity" },
  unlinkExplain: {
    fr: "Cette identité ne permettra plus d’ouvrir une session sur le compte {email}. Une nouvelle connexion par ce service la reliera de nouveau si l’adresse vérifiée est celle du compte.",
    en: "This identity will no longer open a session on the account {email}. A new sign-in through this service will link it again if its verified address is the account's.",
  },
  confirmUnlink: { fr: "Délier cette identité", en: "Unlink this identity" },
  cancel: { fr: "Annuler", en: "Cancel" },
  unlinked: { fr: "Identité déliée.", en: "Identity unlinked." },
  unknownProvider: {
    fr: "(service retiré de la configuration)",
    en: "(service no longer configured)",
  },
});
