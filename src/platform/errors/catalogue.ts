import type { Texts } from "../i18n/i18n.ts";

type ErrorEntry = {
  status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
} & Texts;

/**
 * Every error the platform can answer, with a stable id that clients may rely on. Areas add
 * theirs here so that ids stay unique and every message exists in both languages.
 */
export const ERRORS = {
  validation_failed: {
    status: 422,
    fr: "Certaines valeurs sont invalides.",
    en: "Some values are invalid.",
  },
  bad_request: { status: 400, fr: "Requête mal formée.", en: "Malformed request." },
  unauthenticated: {
    status: 401,
    fr: "Vous devez vous connecter pour accéder à cette ressource.",
    en: "You must sign in to access this resource.",
  },
  forbidden: {
    status: 403,
    fr: "Vous n’avez pas l’autorisation d’effectuer cette action.",
    en: "You are not allowed to do this.",
  },
  csrf_failed: {
    status: 403,
    fr: "Le formulaire a expiré ou ne provient pas d’Alliage. Rechargez la page et réessayez.",
    en: "The form has expired or did not come from Alliage. Reload the page and try again.",
  },
  not_found: {
    status: 404,
    fr: "La page ou la ressource demandée est introuvable.",
    en: "The page or resource you asked for cannot be found.",
  },
  method_not_allowed: {
    status: 405,
    fr: "Méthode non permise pour cette adresse.",
    en: "Method not allowed for this address.",
  },
  conflict: {
    status: 409,
    fr: "Cette opération entre en conflit avec l’état actuel des données.",
    en: "This operation conflicts with the current state of the data.",
  },
  email_taken: {
    status: 409,
    fr: "Un compte existe déjà avec cette adresse courriel.",
    en: "An account already exists with this e-mail address.",
  },
  invalid_credentials: {
    status: 401,
    fr: "Adresse courriel ou mot de passe incorrect.",
    en: "Incorrect e-mail address or password.",
  },
  too_many_attempts: {
    status: 429,
    fr: "Trop de tentatives de connexion échouées. Réessayez dans {minutes} minutes.",
    en: "Too many failed sign-in attempts. Try again in {minutes} minutes.",
  },
  invalid_token: {
    status: 401,
    fr: "Jeton d’accès invalide, expiré ou révoqué.",
    en: "Access token is invalid, expired or revoked.",
  },
  unknown_user: {
    status: 404,
    fr: "Aucun compte avec l’adresse {email}.",
    en: "No account with the address {email}.",
  },
  unknown_role: {
    status: 422,
    fr: "Rôle inconnu : {role}. Rôles possibles : {roles}.",
    en: "Unknown role: {role}. Possible roles: {roles}.",
  },
  weak_password: {
    status: 422,
    fr: "Le mot de passe doit compter au moins 12 caractères.",
    en: "The password must be at least 12 characters long.",
  },
  backup_invalid: {
    status: 422,
    fr: "Ce fichier n’est pas une sauvegarde Alliage lisible : {reason}",
    en: "This file is not a readable Alliage backup: {reason}",
  },
  backup_version_mismatch: {
    status: 409,
    fr: "La sauvegarde a été faite avec les migrations {backup}, la base en a {current}.",
    en: "The backup was taken at migrations {backup}; this database is at {current}.",
  },
  dataset_unknown_kind: {
    status: 422,
    fr: "Type de jeu de données inconnu : {kind}. Types possibles : {kinds}.",
    en: "Unknown dataset kind: {kind}. Possible kinds: {kinds}.",
  },
  dataset_file_not_found: {
    status: 404,
    fr: "Fichier de données introuvable : {file}",
    en: "Data file not found: {file}",
  },
  dataset_malformed: {
    status: 422,
    fr: "Le fichier {file} n’a pas la forme attendue pour ce type de données : {reason}",
    en: "The file {file} is not in the form expected for this kind of data: {reason}",
  },
  dataset_vintage_required: {
    status: 422,
    fr: "Impossible de déduire le millésime de {file} ; indiquez-le avec --vintage (ex. : {example}).",
    en: "The vintage of {file} cannot be inferred; give it with --vintage (e.g. {example}).",
  },
  dataset_vintage_invalid: {
    status: 422,
    fr: "Millésime invalide : {vintage}. Exemples valides : {example}.",
    en: "Invalid vintage: {vintage}. Valid examples: {example}.",
  },
  criticality_input_file: {
    status: 422,
    fr: "Fichier d’entrée inutilisable ({file}) : {reason}",
    en: "Unusable input file ({file}): {reason}",
  },
  criticality_invalid_input: {
    status: 422,
    fr: "Données d’entrée incohérentes pour le calcul : {detail}",
    en: "Inconsistent input data for the computation: {detail}",
  },
  criticality_unknown_material: {
    status: 404,
    fr: "Matière inconnue : « {name} ».{suggestions}",
    en: "Unknown material: “{name}”.{suggestions}",
  },
  criticality_no_data: {
    status: 404,
    fr: "Aucune donnée de production pour {material} à l’étape {stage}{year}.",
    en: "No production data for {material} at stage {stage}{year}.",
  },
  criticality_scenario_missing_inputs: {
    status: 422,
    fr: "Le point de vue mondial de {material} ne peut pas être calculé ; il manque : {missing}.",
    en: "The global view of {material} cannot be computed; missing: {missing}.",
  },
  criticality_no_assessment: {
    status: 404,
    fr: "Aucun résultat publié de l’évaluation UE pour le millésime {vintage}.",
    en: "No published EU assessment results for vintage {vintage}.",
  },
  payload_too_large: {
    status: 413,
    fr: "Le contenu envoyé est trop volumineux.",
    en: "The content sent is too large.",
  },
  port_unavailable: {
    status: 503,
    fr: "Le port {port} est déjà utilisé ou interdit ; choisissez-en un autre avec PORT.",
    en: "Port {port} is already in use or not allowed; choose another one with PORT.",
  },
  database_unavailable: {
    status: 503,
    fr: "La base de données ne répond pas.",
    en: "The database is not responding.",
  },
  internal_error: {
    status: 500,
    fr: "Une erreur interne est survenue. Elle a été consignée ; réessayez plus tard.",
    en: "An internal error occurred. It has been logged; please try again later.",
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorId = keyof typeof ERRORS;
