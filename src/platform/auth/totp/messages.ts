import { messages } from "../../i18n/i18n.ts";

export const totpText = messages({
  stepTitle: { fr: "Deuxième facteur", en: "Second factor" },
  stepIntro: {
    fr: "Votre mot de passe est correct. Saisissez le code à six chiffres affiché par votre application d’authentification (Microsoft Authenticator, Google Authenticator, FreeOTP…).",
    en: "Your password is correct. Enter the six-digit code shown by your authenticator app (Microsoft Authenticator, Google Authenticator, FreeOTP…).",
  },
  code: { fr: "Code", en: "Code" },
  codeHint: {
    fr: "Six chiffres, ou l’un de vos codes de secours (format XXXXX-XXXXX) si vous n’avez plus votre téléphone.",
    en: "Six digits, or one of your recovery codes (format XXXXX-XXXXX) if you no longer have your phone.",
  },
  verify: { fr: "Vérifier et se connecter", en: "Verify and sign in" },
  restart: { fr: "Recommencer la connexion", en: "Start signing in again" },
  enrolTitle: { fr: "Activer le deuxième facteur", en: "Set up the second factor" },
  enrolIntro: {
    fr: "Les comptes d’administration et des responsables de l’accès à l’information se protègent par un deuxième facteur : un code qui change toutes les 30 secondes, produit par une application sur votre téléphone. C’est à faire une fois.",
    en: "Administrator and access-officer accounts are protected by a second factor: a code that changes every 30 seconds, produced by an app on your phone. You do this once.",
  },
  enrolStep1: {
    fr: "Installez une application d’authentification (TOTP) si vous n’en avez pas.",
    en: "Install an authenticator (TOTP) app if you do not have one.",
  },
  enrolStep2: {
    fr: "Dans l’application, ajoutez un compte en lisant ce code QR :",
    en: "In the app, add an account by scanning this QR code:",
  },
  enrolManual: {
    fr: "ou saisissez cette clé à la main (type « basée sur le temps ») :",
    en: "or type this key by hand (“time-based” type):",
  },
  enrolStep3: {
    fr: "Saisissez le code à six chiffres que l’application affiche.",
    en: "Enter the six-digit code the app shows.",
  },
  qrLabel: {
    fr: "Code QR d’enrôlement de l’application d’authentification",
    en: "QR code to set up the authenticator app",
  },
  enrolSubmit: { fr: "Activer et se connecter", en: "Set up and sign in" },
  recoveryTitle: { fr: "Vos codes de secours", en: "Your recovery codes" },
  recoveryIntro: {
    fr: "Le deuxième facteur est activé. Conservez ces {count} codes en lieu sûr (gestionnaire de mots de passe, papier sous clé) : chacun remplace une fois le code de l’application si vous perdez votre téléphone. Ils ne seront plus jamais affichés.",
    en: "The second factor is set up. Keep these {count} codes somewhere safe (password manager, paper under lock): each replaces the app's code once if you lose your phone. They will never be shown again.",
  },
  continue: { fr: "J’ai conservé mes codes, continuer", en: "I have kept my codes, continue" },
  sectionTitle: { fr: "Deuxième facteur", en: "Second factor" },
  sectionOn: {
    fr: "Activé le {date}. Codes de secours inutilisés : {count}.",
    en: "Set up on {date}. Unused recovery codes: {count}.",
  },
  sectionOff: {
    fr: "Aucun deuxième facteur n’est enregistré pour ce compte.",
    en: "No second factor is registered for this account.",
  },
  sectionRequired: {
    fr: "Il est exigé à chaque connexion par mot de passe pour votre rôle.",
    en: "Your role requires it at every sign-in with a password.",
  },
  regenerateIntro: {
    fr: "Pour remplacer vos codes de secours (les anciens cesseront de fonctionner), saisissez un code de l’application :",
    en: "To replace your recovery codes (the old ones will stop working), enter a code from the app:",
  },
  regenerate: { fr: "Remplacer les codes de secours", en: "Replace the recovery codes" },
  newCodesShown: {
    fr: "Vos nouveaux codes de secours : conservez-les, ils ne seront plus affichés.",
    en: "Your new recovery codes: keep them, they will not be shown again.",
  },
});
