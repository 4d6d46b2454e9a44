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
  second_factor_invalid: {
    status: 401,
    fr: "Ce code est incorrect, expiré ou déjà utilisé. Saisissez le code à six chiffres affiché maintenant par votre application, ou un code de secours.",
    en: "This code is wrong, expired or already used. Enter the six-digit code your app shows now, or a recovery code.",
  },
  sign_in_step_expired: {
    status: 401,
    fr: "Cette étape de connexion a expiré (10 minutes) ou n’existe pas. Reconnectez-vous avec votre mot de passe.",
    en: "This sign-in step has expired (10 minutes) or does not exist. Sign in again with your password.",
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
    fr: "Impossible de déduire le millésime de {file} ; indiquez-le (option --vintage ou champ « Millésime », ex. : {example}).",
    en: "The vintage of {file} cannot be inferred; give it (--vintage option or “Vintage” field, e.g. {example}).",
  },
  dataset_vintage_invalid: {
    status: 422,
    fr: "Millésime invalide : {vintage}. Exemples valides : {example}.",
    en: "Invalid vintage: {vintage}. Valid examples: {example}.",
  },
  dataset_file_required: {
    status: 422,
    fr: "Choisissez le fichier de données à importer.",
    en: "Choose the data file to import.",
  },
  dataset_file_empty: {
    status: 422,
    fr: "Le fichier {file} est vide.",
    en: "The file {file} is empty.",
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
  criticality_scenario_stage: {
    status: 422,
    fr: "{material} : l’étape « {stage} » n’est pas évaluée ou n’a pas de données ; étapes possibles : {stages}.",
    en: "{material}: stage “{stage}” is not assessed or has no data; possible stages: {stages}.",
  },
  criticality_no_assessment: {
    status: 404,
    fr: "Aucun résultat publié de l’évaluation UE pour le millésime {vintage}.",
    en: "No published EU assessment results for vintage {vintage}.",
  },
  criticality_export_format: {
    status: 400,
    fr: "Format d’export inconnu : « {format} ». Formats acceptés : {formats}.",
    en: "Unknown export format: “{format}”. Accepted formats: {formats}.",
  },
  criticality_scenario_title: {
    status: 400,
    fr: "Donnez un titre au scénario, de {max} caractères au plus.",
    en: "Give the scenario a title of at most {max} characters.",
  },
  criticality_scenario_note: {
    status: 400,
    fr: "La note du scénario compte au plus {max} caractères.",
    en: "The scenario's note is at most {max} characters long.",
  },
  criticality_uncertainty_parameter: {
    status: 400,
    fr: "Paramètre {name} invalide : « {value} ». Attendu : un entier de {min} à {max}.",
    en: "Invalid {name} parameter: “{value}”. Expected: an integer from {min} to {max}.",
  },
  invalid_date: {
    status: 422,
    fr: "Date invalide ({field}) : « {value} ». Format attendu : AAAA-MM-JJ, date existante.",
    en: "Invalid date ({field}): “{value}”. Expected format: YYYY-MM-DD, an existing date.",
  },
  date_order: {
    status: 422,
    fr: "La date {field} ({value}) est antérieure à la réception de la demande ({received}).",
    en: "The {field} date ({value}) is earlier than the receipt of the request ({received}).",
  },
  unknown_jurisdiction: {
    status: 422,
    fr: "Juridiction inconnue : {value}. Valeurs possibles : {values}.",
    en: "Unknown jurisdiction: {value}. Possible values: {values}.",
  },
  extension_notice_late: {
    status: 422,
    fr: "L’avis de prolongation ({sent}) doit être envoyé avant l’expiration du délai de réponse ({due}).",
    en: "The extension notice ({sent}) must be sent before the response deadline expires ({due}).",
  },
  extension_not_available: {
    status: 422,
    fr: "Aucune prolongation du délai n’est prévue pour cette juridiction ({value}).",
    en: "No extension of the deadline is provided for this jurisdiction ({value}).",
  },
  payload_too_large: {
    status: 413,
    fr: "Le contenu envoyé est trop volumineux.",
    en: "The content sent is too large.",
  },
  invalid_characters: {
    status: 400,
    fr: "La requête contient un caractère non permis (octet nul). Retirez-le et réessayez.",
    en: "The request contains a character that is not allowed (a NUL byte). Remove it and try again.",
  },
  unsupported_media_type: {
    status: 415,
    fr: "Type de contenu non pris en charge : l’API attend du JSON (Content-Type: application/json).",
    en: "Unsupported content type: the API expects JSON (Content-Type: application/json).",
  },
  password_change_required: {
    status: 403,
    fr: "Changez d’abord votre mot de passe à usage unique (page « Mon compte ») : rien d’autre n’est ouvert avant.",
    en: "First change your one-time password (“My account” page): nothing else is open until then.",
  },
  port_unavailable: {
    status: 503,
    fr: "Le port {port} est déjà utilisé ou interdit ; choisissez-en un autre avec PORT.",
    en: "Port {port} is already in use or not allowed; choose another one with PORT.",
  },
  data_dir_locked: {
    status: 409,
    fr: "Le dossier de données {dir} est déjà utilisé par un autre processus Alliage (PID {pid}, depuis le {since}). La base embarquée n’accepte qu’un processus à la fois : arrêtez ce processus (kill {pid}), ou utilisez un serveur PostgreSQL avec DATABASE_URL. Rien n’a été écrit.",
    en: "The data directory {dir} is already in use by another Alliage process (PID {pid}, since {since}). The embedded database accepts one process at a time: stop that process (kill {pid}), or use a PostgreSQL server with DATABASE_URL. Nothing was written.",
  },
  data_dir_locked_elsewhere: {
    status: 409,
    fr: "Le dossier de données {dir} est verrouillé par le processus {pid} de la machine « {host} », que l’on ne peut pas vérifier d’ici. Si ce processus est arrêté, supprimez {file} puis recommencez ; sinon, utilisez un serveur PostgreSQL avec DATABASE_URL. Rien n’a été écrit.",
    en: "The data directory {dir} is locked by process {pid} on the machine “{host}”, which cannot be checked from here. If that process has stopped, delete {file} and try again; otherwise, use a PostgreSQL server with DATABASE_URL. Nothing was written.",
  },
  data_dir_lock_unreadable: {
    status: 409,
    fr: "Le fichier de verrou {file} est illisible : Alliage ne l’a pas écrit. Si aucun processus Alliage n’utilise ce dossier, supprimez ce fichier puis recommencez. Rien n’a été écrit.",
    en: "The lock file {file} is unreadable: Alliage did not write it. If no Alliage process uses this directory, delete the file and try again. Nothing was written.",
  },
  admin_channel_closed: {
    status: 503,
    fr: "Le serveur Alliage en cours a fermé la connexion avant la fin de la commande ; consultez son journal.",
    en: "The running Alliage server closed the connection before the command finished; see its log.",
  },
  database_unavailable: {
    status: 503,
    fr: "La base de données ne répond pas.",
    en: "The database is not responding.",
  },
  starting: {
    status: 503,
    fr: "Alliage démarre : réessayez dans quelques secondes.",
    en: "Alliage is starting: try again in a few seconds.",
  },
  reference_data_loading: {
    status: 503,
    fr: "Alliage charge ses données de référence (premier démarrage ou nouvelles données) : la page sera prête dans quelques secondes. Rechargez-la.",
    en: "Alliage is loading its reference data (first start or new data): the page will be ready in a few seconds. Reload it.",
  },
  not_a_pdf: {
    status: 415,
    fr: "Le fichier n’est pas un PDF lisible.",
    en: "The file is not a readable PDF.",
  },
  pdf_encrypted: {
    status: 422,
    fr: "Le PDF est protégé par un mot de passe ; retirez la protection puis déposez-le à nouveau.",
    en: "The PDF is password-protected; remove the protection and upload it again.",
  },
  redaction_area_invalid: {
    status: 422,
    fr: "Une zone à caviarder sort de la page {page} ou vise une page qui n’existe pas.",
    en: "An area to redact lies outside page {page} or on a page that does not exist.",
  },
  access_request_unknown: {
    status: 404,
    fr: "Aucune demande d’accès ne porte le numéro {reference}.",
    en: "No access request has the reference {reference}.",
  },
  access_transition_refused: {
    status: 409,
    fr: "Une demande à l’état « {from} » ne peut pas passer à l’état « {to} ».",
    en: "A request in status “{from}” cannot move to “{to}”.",
  },
  access_date_before_receipt: {
    status: 422,
    fr: "La date ne peut pas précéder la réception de la demande.",
    en: "The date cannot be earlier than the receipt of the request.",
  },
  access_outcome_required: {
    status: 422,
    fr: "Indiquez la décision rendue (accès total, partiel, refus, document non détenu ou transfert).",
    en: "Give the decision (full, partial, refused, not held or transferred).",
  },
  access_officer_unknown: {
    status: 422,
    fr: "Cette personne n’est pas responsable de l’accès à l’information.",
    en: "This person is not an access-to-information officer.",
  },
  access_not_ready: {
    status: 409,
    fr: "La demande {reference} n’est pas prête : {reason}",
    en: "Request {reference} is not ready: {reason}",
  },
  letter_template_invalid: {
    status: 422,
    fr: "Le modèle de lettre contient des erreurs : {details}",
    en: "The letter template has errors: {details}",
  },
  access_letter_unavailable: {
    status: 409,
    fr: "Cette lettre ne peut pas encore être produite pour cette demande (décision ou prolongation manquante, ou lettre sans objet dans ce régime).",
    en: "This letter cannot be produced for this request yet (no decision or extension, or no such letter under this regime).",
  },
  project_unknown: {
    status: 404,
    fr: "Aucun projet ne porte le code {code}.",
    en: "No project has the code {code}.",
  },
  project_transition_refused: {
    status: 409,
    fr: "Un projet à l’état « {from} » ne peut pas passer à l’état « {to} ».",
    en: "A project in status “{from}” cannot move to “{to}”.",
  },
  project_delete_unconfirmed: {
    status: 422,
    fr: "Cochez la case de confirmation pour supprimer le projet {code}.",
    en: "Tick the confirmation box to delete project {code}.",
  },
  organisation_name_taken: {
    status: 409,
    fr: "Une organisation porte déjà le nom « {name} ».",
    en: "An organisation named “{name}” already exists.",
  },
  organisation_unknown: {
    status: 404,
    fr: "Organisation introuvable.",
    en: "Organisation not found.",
  },
  indicator_unknown: {
    status: 422,
    fr: "L’indicateur « {indicator} » n’existe pas ; indicateurs connus : {known}.",
    en: "There is no indicator “{indicator}”; known indicators: {known}.",
  },
  indicator_unit_invalid: {
    status: 422,
    fr: "L’unité « {unit} » ne convient pas à l’indicateur « {indicator} » ; unités admises : {allowed}.",
    en: "The unit “{unit}” does not fit the indicator “{indicator}”; allowed units: {allowed}.",
  },
  indicator_value_invalid: {
    status: 422,
    fr: "« {value} » n’est pas un nombre décimal (exemple : 1234,5).",
    en: "“{value}” is not a decimal number (example: 1234.5).",
  },
  indicator_value_negative: {
    status: 422,
    fr: "La valeur de « {indicator} » ne peut pas être négative ({value}).",
    en: "The value of “{indicator}” cannot be negative ({value}).",
  },
  indicator_share_range: {
    status: 422,
    fr: "Une part s’exprime entre 0 et 100 % ; « {indicator} » vaut {value}.",
    en: "A share lies between 0 and 100%; “{indicator}” is {value}.",
  },
  indicator_year_invalid: {
    status: 422,
    fr: "L’année doit être un entier entre 1990 et 2100 (reçu : {year}).",
    en: "The year must be a whole number between 1990 and 2100 (got: {year}).",
  },
  indicator_values_empty: {
    status: 422,
    fr: "Indiquez au moins une valeur : référence, cible ou réel.",
    en: "Give at least one value: baseline, target or actual.",
  },
  capacity_not_positive: {
    status: 422,
    fr: "La capacité doit être un nombre de tonnes par an strictement positif (reçu : {value}).",
    en: "The capacity must be a strictly positive number of tonnes per year (got: {value}).",
  },
  capacity_unknown_material: {
    status: 422,
    fr: "La matière « {material} » n’est pas au référentiel.",
    en: "The material “{material}” is not in the reference list.",
  },
  capacity_unknown_stage: {
    status: 422,
    fr: "L’étape « {stage} » n’existe pas ; étapes évaluées : extraction, transformation.",
    en: "There is no stage “{stage}”; assessed stages: extraction, processing.",
  },
  capacity_unknown_country: {
    status: 422,
    fr: "Le pays « {country} » n’est pas au référentiel (code ISO alpha-3 attendu, p. ex. CAN).",
    en: "The country “{country}” is not in the reference list (ISO alpha-3 code expected, e.g. CAN).",
  },
  capacity_not_found: {
    status: 404,
    fr: "Ce projet n’a pas de capacité pour {material}, {stage}, {country}.",
    en: "This project has no capacity for {material}, {stage}, {country}.",
  },
  impact_unknown_party: {
    status: 422,
    fr: "Partie inconnue « {party} » ; parties : fr, qc, global.",
    en: "Unknown party “{party}”; parties: fr, qc, global.",
  },
  // Diversification impact: removing a capacity (confirmation, and the API's country).
  capacity_remove_unconfirmed: {
    status: 422,
    fr: "Le retrait de la capacité {material}, {stage}, {country} n’est pas confirmé : cochez la case de confirmation (API : confirm=true).",
    en: "Removing the capacity {material}, {stage}, {country} is not confirmed: tick the confirmation box (API: confirm=true).",
  },
  capacity_country_required: {
    status: 422,
    fr: "Ce projet a plusieurs capacités pour {material}, {stage} ({countries}) : précisez le pays (country=…).",
    en: "This project has several capacities for {material}, {stage} ({countries}): give the country (country=…).",
  },
  financing_unknown_currency: {
    status: 422,
    fr: "Devise inconnue : « {value} ». Devises possibles : {values}.",
    en: "Unknown currency: “{value}”. Possible currencies: {values}.",
  },
  financing_amount_invalid: {
    status: 422,
    fr: "Montant illisible : « {value} ». Exemples : 1 234 567,89 ou 1234567.89 (au plus 10^15).",
    en: "Unreadable amount: “{value}”. Examples: 1,234,567.89 or 1234567.89 (at most 10^15).",
  },
  financing_amount_not_positive: {
    status: 422,
    fr: "Le montant doit être supérieur à zéro (reçu : « {value} »).",
    en: "The amount must be greater than zero (received: “{value}”).",
  },
  financing_amount_precision: {
    status: 422,
    fr: "Un montant a au plus deux décimales (reçu : « {value} »).",
    en: "An amount has at most two decimals (received: “{value}”).",
  },
  financing_rate_invalid: {
    status: 422,
    fr: "Taux de change invalide : « {value} ». Attendu : un nombre positif, au plus 8 décimales.",
    en: "Invalid exchange rate: “{value}”. Expected: a positive number, at most 8 decimals.",
  },
  financing_rate_same_currency: {
    status: 422,
    fr: "Un taux de change relie deux devises différentes.",
    en: "An exchange rate links two different currencies.",
  },
  financing_rate_source: {
    status: 422,
    fr: "Indiquez la source du taux (1 à 300 caractères), par exemple la Banque du Canada.",
    en: "Give the rate's source (1 to 300 characters), for example the Bank of Canada.",
  },
  financing_rate_exists: {
    status: 409,
    fr: "Un taux {base}/{quote} existe déjà au {date} ; supprimez-le d’abord pour le remplacer.",
    en: "A {base}/{quote} rate already exists on {date}; delete it first to replace it.",
  },
  financing_rate_missing: {
    status: 422,
    fr: "Aucun taux de change {from}/{to} n’est connu au {date} ou avant ; un administrateur doit en ajouter un.",
    en: "No {from}/{to} exchange rate is known on or before {date}; an administrator must add one.",
  },
  financing_unknown_funder: {
    status: 422,
    fr: "Bailleur de fonds inconnu : choisissez une organisation de la liste.",
    en: "Unknown funder: choose an organisation from the list.",
  },
  financing_disbursement_exceeds: {
    status: 422,
    fr: "Ce versement ({amount}) dépasserait l’engagement : il reste {remaining} à verser.",
    en: "This disbursement ({amount}) would exceed the commitment: {remaining} remains to be paid.",
  },
  financing_commitment_below_disbursed: {
    status: 422,
    fr: "L’engagement ne peut pas être inférieur à ce qui a déjà été versé ({disbursed}).",
    en: "The commitment cannot be less than what has already been paid ({disbursed}).",
  },
  financing_currency_locked: {
    status: 409,
    fr: "Des versements ont été faits en {currency} : la devise de l’engagement ne peut plus changer.",
    en: "Disbursements were made in {currency}: the commitment's currency can no longer change.",
  },
  cooperation_import_file: {
    status: 422,
    fr: "Le fichier ne peut pas être importé : {reason}",
    en: "The file cannot be imported: {reason}",
  },
  cooperation_import_rows: {
    status: 422,
    fr: "Rien n’a été importé : {count, plural, one {# ligne invalide} other {# lignes invalides}} ({rows}).",
    en: "Nothing was imported: {count, plural, one {# invalid row} other {# invalid rows}} ({rows}).",
  },
  // Financing and indicators write API (confirm=true before deleting; one spelling of amounts).
  financing_amount_format: {
    status: 422,
    fr: "Montant « {value} » illisible : l’API attend un nombre décimal en texte, avec un point et au plus deux décimales, p. ex. « 1234567.89 ».",
    en: "Unreadable amount “{value}”: the API expects a decimal number as text, with a point and at most two decimals, e.g. “1234567.89”.",
  },
  financing_delete_unconfirmed: {
    status: 422,
    fr: "Pour supprimer l’engagement de {funder} et ses versements, confirmez en ajoutant confirm=true à la requête.",
    en: "To delete the commitment from {funder} and its disbursements, confirm by adding confirm=true to the query.",
  },
  indicator_delete_unconfirmed: {
    status: 422,
    fr: "Pour supprimer les valeurs de « {indicator} » en {year}, confirmez en ajoutant confirm=true à la requête.",
    en: "To delete the “{indicator}” values for {year}, confirm by adding confirm=true to the query.",
  },
  // Projects API (deleting needs confirm=true, as for financing lines and indicators).
  project_delete_query_unconfirmed: {
    status: 422,
    fr: "Pour supprimer définitivement le projet {code} et tout ce qui s’y rattache, confirmez en ajoutant confirm=true à la requête.",
    en: "To delete project {code} and everything attached to it for good, confirm by adding confirm=true to the query.",
  },
  // Government sign-in (OpenID Connect): each refusal says what to do next, and changes nothing.
  oidc_unknown_provider: {
    status: 404,
    fr: "Aucun fournisseur d’identité « {provider} » n’est configuré sur cette plateforme.",
    en: "No identity provider “{provider}” is configured on this platform.",
  },
  oidc_provider_unavailable: {
    status: 503,
    fr: "Le service d’identité « {provider} » ne répond pas pour l’instant. Réessayez dans quelques minutes, ou connectez-vous avec votre mot de passe.",
    en: "The identity service “{provider}” is not responding right now. Try again in a few minutes, or sign in with your password.",
  },
  oidc_provider_error: {
    status: 400,
    fr: "Le service d’identité « {provider} » n’a pas autorisé la connexion ({reason}).",
    en: "The identity service “{provider}” did not authorise the sign-in ({reason}).",
  },
  oidc_state_mismatch: {
    status: 400,
    fr: "Cette réponse du service d’identité ne correspond à aucune connexion commencée dans ce navigateur, ou elle a expiré. Recommencez depuis la page de connexion.",
    en: "This identity service response matches no sign-in started in this browser, or it has expired. Start again from the sign-in page.",
  },
  oidc_code_rejected: {
    status: 400,
    fr: "Ce code d’autorisation a déjà servi ou a expiré. Recommencez depuis la page de connexion.",
    en: "This authorisation code has already been used or has expired. Start again from the sign-in page.",
  },
  oidc_nonce_mismatch: {
    status: 400,
    fr: "Le jeton d’identité reçu n’appartient pas à cette connexion (nonce différent). Recommencez depuis la page de connexion.",
    en: "The identity token received does not belong to this sign-in (different nonce). Start again from the sign-in page.",
  },
  oidc_token_expired: {
    status: 401,
    fr: "Le jeton d’identité reçu a expiré ou n’est pas encore valide ; vérifiez l’horloge du serveur, puis recommencez.",
    en: "The identity token received has expired or is not yet valid; check the server's clock, then start again.",
  },
  oidc_foreign_issuer: {
    status: 400,
    fr: "La réponse provient d’un autre émetteur que « {provider} » ({issuer}) : elle est refusée.",
    en: "The response comes from another issuer than “{provider}” ({issuer}): it is refused.",
  },
  oidc_invalid_response: {
    status: 400,
    fr: "La réponse du service d’identité « {provider} » est invalide ; recommencez depuis la page de connexion.",
    en: "The response of the identity service “{provider}” is invalid; start again from the sign-in page.",
  },
  oidc_domain_not_allowed: {
    status: 403,
    fr: "L’adresse {email} n’appartient pas aux domaines admis pour « {provider} » ({domains}).",
    en: "The address {email} is not in the domains allowed for “{provider}” ({domains}).",
  },
  oidc_email_unverified: {
    status: 403,
    fr: "« {provider} » n’atteste pas que l’adresse {email} vous appartient (adresse non vérifiée) : elle ne peut pas être reliée à un compte.",
    en: "“{provider}” does not vouch that the address {email} is yours (unverified address): it cannot be linked to an account.",
  },
  oidc_no_account: {
    status: 403,
    fr: "Aucun compte actif n’a l’adresse {email}. Les comptes sont créés par un administrateur : demandez-lui d’en ouvrir un à cette adresse.",
    en: "No active account has the address {email}. Accounts are created by an administrator: ask one to open an account at this address.",
  },
  oidc_party_mismatch: {
    status: 403,
    fr: "« {provider} » identifie les agents d’une autre partie que celle de votre compte : connectez-vous avec le service d’identité de votre administration.",
    en: "“{provider}” identifies officials of another party than your account's: sign in with your own administration's identity service.",
  },
  // Shared analysis briefs (criticality/briefs): every refusal names the value and changes nothing.
  brief_title_required: {
    status: 422,
    fr: "Donnez un titre à la note, en français ou en anglais.",
    en: "Give the brief a title, in French or in English.",
  },
  brief_field_too_long: {
    status: 422,
    fr: "« {field} » compte au plus {max} caractères ({length} reçus).",
    en: "“{field}” is at most {max} characters long ({length} received).",
  },
  brief_unknown_material: {
    status: 422,
    fr: "Matière inconnue : « {value} ».{suggestions}",
    en: "Unknown material: “{value}”.{suggestions}",
  },
  brief_unknown_project: {
    status: 422,
    fr: "Aucun projet partagé par les deux parties ne porte le code « {value} ».",
    en: "No project shared by both parties has the code “{value}”.",
  },
  brief_unknown_figure_kind: {
    status: 422,
    fr: "Type de figure inconnu : « {value} ». Types possibles : {values}.",
    en: "Unknown kind of figure: “{value}”. Possible kinds: {values}.",
  },
  brief_unknown_view: {
    status: 422,
    fr: "Point de vue inconnu : « {value} ». Points de vue possibles : {values}.",
    en: "Unknown view: “{value}”. Possible views: {values}.",
  },
  brief_percent_invalid: {
    status: 422,
    fr: "Part coupée invalide : « {value} ». Attendu : un nombre de 0 à 100.",
    en: "Invalid share cut: “{value}”. Expected: a number from 0 to 100.",
  },
  brief_transition_refused: {
    status: 409,
    fr: "Une note à l’état « {from} » ne peut pas passer à l’état « {to} ».",
    en: "A brief in status “{from}” cannot move to “{to}”.",
  },
  brief_not_draft: {
    status: 409,
    fr: "Seul un brouillon se modifie ; cette note est à l’état « {status} ».",
    en: "Only a draft can be edited; this brief is in status “{status}”.",
  },
  brief_translation_missing: {
    status: 422,
    fr: "La note ne peut pas être publiée sans ses textes en français et en anglais ; il manque : {fields}.",
    en: "The brief cannot be published without its French and English texts; missing: {fields}.",
  },
  brief_author_cannot_approve: {
    status: 409,
    fr: "{name} a rédigé cette note et ne peut pas l’approuver : il faut un membre de chaque partie autre que l’auteur ou l’autrice.",
    en: "{name} drafted this brief and cannot approve it: it needs a member of each party other than its author.",
  },
  brief_party_already_approved: {
    status: 409,
    fr: "La partie {party} a déjà approuvé cette note ({name}) ; il manque l’approbation de : {missing}.",
    en: "The {party} party has already approved this brief ({name}); still missing: {missing}.",
  },
  brief_reason_required: {
    status: 422,
    fr: "Donnez la raison du renvoi en brouillon (1 à {max} caractères).",
    en: "Give the reason for sending the brief back to draft (1 to {max} characters).",
  },
  brief_version_unknown: {
    status: 422,
    fr: "Version inconnue : « {value} ». Versions de cette note : 1 à {last}.",
    en: "Unknown version: “{value}”. Versions of this brief: 1 to {last}.",
  },
  application_budget_currency: {
    status: 422,
    fr: "Une ligne de budget est dans une devise inconnue : les budgets sont en CAD (partenaires du Québec) ou en EUR (partenaires de France). Rien n’a été enregistré.",
    en: "A budget line is in an unknown currency: budgets are in CAD (Québec partners) or EUR (French partners). Nothing was saved.",
  },
  application_attachment_not_pdf: {
    status: 422,
    fr: "« {file} » n’est pas un PDF lisible (son contenu a été vérifié, pas son nom). Rien n’a été enregistré.",
    en: "“{file}” is not a readable PDF (its content was checked, not its name). Nothing was saved.",
  },
  application_attachment_too_large: {
    status: 422,
    fr: "« {file} » dépasse {max} Mo. Rien n’a été enregistré.",
    en: "“{file}” exceeds {max} MB. Nothing was saved.",
  },
  application_incomplete: {
    status: 422,
    fr: "La candidature n’a pas été déposée : {count, plural, one {un élément manque} other {# éléments manquent}}. Le brouillon est enregistré.",
    en: "The application was not submitted: {count, plural, one {one element is missing} other {# elements are missing}}. The draft is saved.",
  },
  application_call_closed: {
    status: 409,
    fr: "L’appel {code} est clos depuis le {closesQc} (heure du Québec), soit le {closesParis} (heure de Paris) : {action}",
    en: "Call {code} closed on {closesQc} (Québec time), that is {closesParis} (Paris time): {action}",
  },
  application_call_not_open: {
    status: 409,
    fr: "L’appel {code} n’est pas ouvert : il ouvre le {opensQc} (heure du Québec), soit le {opensParis} (heure de Paris).",
    en: "Call {code} is not open: it opens on {opensQc} (Québec time), that is {opensParis} (Paris time).",
  },
  application_locked: {
    status: 409,
    fr: "La candidature {reference} est déposée ou retirée : elle ne peut plus être modifiée.",
    en: "Application {reference} has been submitted or withdrawn: it can no longer be changed.",
  },
  application_not_withdrawable: {
    status: 409,
    fr: "Seule une candidature déposée peut être retirée ; un brouillon n’est pas transmis tant qu’il n’est pas déposé.",
    en: "Only a submitted application can be withdrawn; a draft is not sent until it is submitted.",
  },
  call_codes_exhausted: {
    status: 409,
    fr: "Les 99 codes d’appel de l’année {year} sont épuisés (AAP-{year}-01 à AAP-{year}-99).",
    en: "The 99 call codes of {year} are used up (AAP-{year}-01 to AAP-{year}-99).",
  },
  call_publish_incomplete: {
    status: 422,
    fr: "L’appel {code} ne peut être publié sans au moins un critère noté dans sa grille d’évaluation.",
    en: "Call {code} cannot be published without at least one scored criterion in its evaluation grid.",
  },
  call_already_published: {
    status: 409,
    fr: "L’appel {code} est déjà publié.",
    en: "Call {code} is already published.",
  },
  call_decisions_final: {
    status: 409,
    fr: "Les décisions de l’appel {code} sont définitives : elles ne peuvent plus être modifiées.",
    en: "The decisions of call {code} are final: they can no longer be changed.",
  },
  call_decision_not_submitted: {
    status: 409,
    fr: "La candidature {reference} n’est pas déposée (retirée ou en correction) : le comité ne peut pas en décider.",
    en: "Application {reference} is not submitted (withdrawn or under correction): the committee cannot decide on it.",
  },
  call_envelope_exceeded: {
    status: 409,
    fr: "L’enveloppe {party} de l’appel {code} serait dépassée : il reste {left}.",
    en: "The {party} envelope of call {code} would be exceeded: {left} is left.",
  },
  call_not_cochair: {
    status: 403,
    fr: "Seuls les coprésidents du comité de l’appel {code} approuvent ses décisions.",
    en: "Only the co-chairs of the committee of call {code} approve its decisions.",
  },
  call_cochairs_missing: {
    status: 409,
    fr: "Désignez les deux coprésidents de l’appel {code} (un par partie) avant d’approuver.",
    en: "Name both co-chairs of call {code} (one per party) before approving.",
  },
  call_decisions_incomplete: {
    status: 409,
    fr: "Chaque candidature déposée à l’appel {code} doit avoir une décision avant l’approbation ({count} sans décision).",
    en: "Every application submitted to call {code} needs a decision before approval ({count} without one).",
  },
  internal_error: {
    status: 500,
    fr: "Une erreur interne est survenue. Elle a été consignée ; réessayez plus tard.",
    en: "An internal error occurred. It has been logged; please try again later.",
  },
  too_many_mail_requests: {
    status: 429,
    fr: "Trop de demandes de courriel depuis votre connexion ou pour cette adresse. Réessayez dans {minutes} minutes.",
    en: "Too many e-mail requests from your connection or for this address. Try again in {minutes} minutes.",
  },
  review_reason_required: {
    status: 422,
    fr: "Indiquez le motif : il est obligatoire quand la candidature est jugée non admissible.",
    en: "Give the reason: it is required when the application is found ineligible.",
  },
  review_party_required: {
    status: 422,
    fr: "Choisissez la partie (Québec ou France) au nom de laquelle vous agissez.",
    en: "Choose the party (Québec or France) you act for.",
  },
  review_not_screenable: {
    status: 409,
    fr: "La candidature {reference} n’est pas en attente d’examen : seule une candidature déposée s’examine ou se renvoie pour correction.",
    en: "Application {reference} is not awaiting screening: only a submitted application is screened or sent back for correction.",
  },
  review_not_eligible: {
    status: 409,
    fr: "La candidature {reference} n’a pas été jugée admissible par les deux parties : elle ne peut pas encore être confiée à des évaluateurs.",
    en: "Application {reference} has not been found eligible by both parties: it cannot be assigned to reviewers yet.",
  },
  review_reviewer_unknown: {
    status: 422,
    fr: "Cette personne n’est pas un évaluateur ou une évaluatrice dont la partie et l’organisation sont renseignées.",
    en: "This person is not a reviewer whose party and organisation are set.",
  },
  review_partner_conflict: {
    status: 422,
    fr: "{name} appartient à {organisation}, partenaire de la candidature {reference} : cette personne ne peut pas l’évaluer.",
    en: "{name} belongs to {organisation}, a partner of application {reference}: they cannot review it.",
  },
  review_parties_required: {
    status: 422,
    fr: "Une candidature est confiée à au moins deux évaluateurs, dont au moins un de chaque partie (Québec et France).",
    en: "An application is assigned to at least two reviewers, at least one from each party (Québec and France).",
  },
  review_already_assigned: {
    status: 409,
    fr: "{name} évalue déjà la candidature {reference}.",
    en: "{name} is already reviewing application {reference}.",
  },
  review_conflict_not_declared: {
    status: 409,
    fr: "Déclarez d’abord l’absence de conflit d’intérêts : le dossier s’ouvre ensuite.",
    en: "First declare that you have no conflict of interest: the file opens then.",
  },
  review_locked: {
    status: 409,
    fr: "Cette évaluation est close (transmise ou récusée) : elle ne change plus.",
    en: "This review is closed (submitted or recused): it no longer changes.",
  },
  review_incomplete: {
    status: 422,
    fr: "Chaque critère noté doit recevoir une note avant la transmission de l’évaluation.",
    en: "Every scored criterion needs a score before the review is submitted.",
  },
  review_score_out_of_range: {
    status: 422,
    fr: "Une note est un nombre entier de 0 à 5 ; rien n’a été enregistré.",
    en: "A score is a whole number from 0 to 5; nothing was saved.",
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorId = keyof typeof ERRORS;
