import { messages } from "../platform/i18n/i18n.ts";

export const cli = messages({
  usage: {
    fr: `Utilisation : alliage COMMANDE [options]

  serve                                   démarre le serveur web (npm start)
  db migrate                              applique les migrations en attente
  db seed [--demo]                        charge les données de référence (idempotent)
  db backup FICHIER                       écrit une sauvegarde SQL de toute la base
  db restore FICHIER [--yes]              remplace le contenu de la base par la sauvegarde
  users create --email E --role R [--name N]
                                          crée un compte et affiche un mot de passe à usage unique
  users token --email E [--name N] [--days J]
                                          crée un jeton d’API personnel et l’affiche
  users list                              liste les comptes
  users reset-2fa --email E               retire le deuxième facteur (téléphone perdu) : nouvel
                                          enrôlement à la prochaine connexion
  data import TYPE FICHIER [--vintage V] [--json]
                                          importe un jeu de données (types : usgs-mcs-commodities,
                                          usgs-mcs-world, wgi, eu-crm-results, eu-crm-trade,
                                          hs-map, official-list)
  data import baci FICHIER [--vintage V] [--source S] [--json]
                                          importe un fichier annuel CEPII BACI (flux par matière)
  data list [--json]                      liste les jeux de données importés

  criticality geopolrisk --trade F --production F --wgi F --importer CODE --year A --material M [--normaliser N] [--json]
                                          GeoPolRisk d’une matière pour un pays importateur, à partir de
                                          fichiers aux formats du cas de référence geopolrisk-py
  criticality hhi --material NOM --stage mine|refinery [--year A] [--json|--csv]
                                          concentration (HHI) de la production d’une matière
  criticality assess --method eu|geopolrisk|hhi [--party global|qc|fr] [--year A] [--json|--csv]
                                          évalue toutes les matières ; nomme les données manquantes
  criticality scenario --material NOM [--party global] (--cut PAYS:mine|refinery:POURCENT
      | --restrict PAYS:ÉTAPE:FACTEUR | --add PAYS:ÉTAPE:CAPACITÉ)… [--json]
                                          scénario sur le point de vue mondial (méthode UE) : HHI,
                                          RA et criticité avant/après ; pays en ISO alpha-3
  criticality uncertainty [--draws N] [--seed S] [--material NOM] [--json|--csv]
                                          Monte-Carlo (WGI, productions estimées) : p5/p50/p95 du RA
                                          et probabilité d’être critique ; graine fixe par défaut

  access deadline --received AAAA-MM-JJ [--jurisdiction qc|fr] [--extended]
      [--extension-notice AAAA-MM-JJ] [--decided AAAA-MM-JJ] [--json]
                                          délais d’une demande d’accès (réponse, prolongation,
                                          révision CAI ou saisine CADA), calcul détaillé
  access letter NUMÉRO [--kind decision|acknowledgement|extension|recourse]
      [--format pdf|docx] --out FICHIER   lettre d’une demande (la décision envoyée telle quelle)

Rôles : admin, member-qc, member-fr, access-officer, reviewer.
Base embarquée : un seul processus à la fois ; pendant que le serveur tourne, users, access letter,
data et db seed|backup passent par lui.
Configuration : variables d’environnement (voir README).`,
    en: `Usage: alliage COMMAND [options]

  serve                                   starts the web server (npm start)
  db migrate                              applies pending migrations
  db seed [--demo]                        loads the reference data (idempotent)
  db backup FILE                          writes an SQL backup of the whole database
  db restore FILE [--yes]                 replaces the database's content with the backup
  users create --email E --role R [--name N]
                                          creates an account and prints a one-time password
  users token --email E [--name N] [--days D]
                                          creates a personal API token and prints it
  users list                              lists the accounts
  users reset-2fa --email E               removes the second factor (lost phone): enrolment again
                                          at the next sign-in
  data import KIND FILE [--vintage V] [--json]
                                          imports a dataset (kinds: usgs-mcs-commodities,
                                          usgs-mcs-world, wgi, eu-crm-results, eu-crm-trade,
                                          hs-map, official-list)
  data import baci FILE [--vintage V] [--source S] [--json]
                                          imports a CEPII BACI year file (flows per material)
  data list [--json]                      lists the imported datasets

  criticality geopolrisk --trade F --production F --wgi F --importer CODE --year Y --material M [--normaliser N] [--json]
                                          GeoPolRisk of one material for one importing country, from
                                          files in the formats of the geopolrisk-py reference case
  criticality hhi --material NAME --stage mine|refinery [--year Y] [--json|--csv]
                                          production concentration (HHI) of one material
  criticality assess --method eu|geopolrisk|hhi [--party global|qc|fr] [--year Y] [--json|--csv]
                                          assesses every material; names the missing inputs
  criticality scenario --material NAME [--party global] (--cut COUNTRY:mine|refinery:PERCENT
      | --restrict COUNTRY:STAGE:FACTOR | --add COUNTRY:STAGE:CAPACITY)… [--json]
                                          scenario on the global view (EU method): HHI, SR and
                                          criticality before/after; countries as ISO alpha-3
  criticality uncertainty [--draws N] [--seed S] [--material NAME] [--json|--csv]
                                          Monte Carlo (WGI, production estimates): p5/p50/p95 of SR
                                          and probability of being critical; fixed default seed

  access deadline --received YYYY-MM-DD [--jurisdiction qc|fr] [--extended]
      [--extension-notice YYYY-MM-DD] [--decided YYYY-MM-DD] [--json]
                                          deadlines of an access request (response, extension,
                                          CAI review or CADA referral), computation shown
  access letter REFERENCE [--kind decision|acknowledgement|extension|recourse]
      [--format pdf|docx] --out FILE      a request's letter (the decision as it was sent)

Roles: admin, member-qc, member-fr, access-officer, reviewer.
Embedded database: one process at a time; while the server runs, users, access letter, data and
db seed|backup go through it.
Configuration: environment variables (see README).`,
  },
  unknownCommand: { fr: "Commande inconnue : {name}", en: "Unknown command: {name}" },
  errorPrefix: { fr: "Erreur :", en: "Error:" },
  missingOption: { fr: "Option manquante : {option}", en: "Missing option: {option}" },
  badOption: { fr: "Option invalide : {detail}", en: "Invalid option: {detail}" },
  migrated: { fr: "Migrations appliquées : {list}", en: "Migrations applied: {list}" },
  upToDate: {
    fr: "La base est à jour ({count} migrations).",
    en: "The database is up to date ({count} migrations).",
  },
  datasetsSeeded: {
    fr: "Jeux de données publics : {imported} importés, {unchanged} déjà à jour.",
    en: "Public datasets: {imported} imported, {unchanged} already up to date.",
  },
  seeded: { fr: "Données de référence chargées.", en: "Reference data loaded." },
  userCreated: {
    fr: "Compte créé : {email} ({role}).\nMot de passe à usage unique (à changer à la première connexion) :\n{password}",
    en: "Account created: {email} ({role}).\nOne-time password (to be changed at first sign-in):\n{password}",
  },
  tokenCreated: {
    fr: "Jeton créé pour {email} ; il ne sera plus affiché :",
    en: "Token created for {email}; it will not be shown again:",
  },
  noUsers: { fr: "Aucun compte.", en: "No accounts." },
  secondFactorReset: {
    fr: "Deuxième facteur retiré pour {email} ; ses sessions sont fermées. Il enrôlera un nouveau téléphone à sa prochaine connexion.",
    en: "Second factor removed for {email}; their sessions are closed. They will enrol a new phone at their next sign-in.",
  },
  noSecondFactor: {
    fr: "{email} n’a pas de deuxième facteur : rien à retirer.",
    en: "{email} has no second factor: nothing to remove.",
  },
  missingFile: {
    fr: "Indiquez le fichier : alliage db {action} FICHIER",
    en: "Give the file: alliage db {action} FILE",
  },
  fileNotFound: { fr: "Fichier introuvable : {file}", en: "File not found: {file}" },
  tableRows: {
    fr: "  {table} : {rows, plural, one {# ligne} other {# lignes}}",
    en: "  {table}: {rows, plural, one {# row} other {# rows}}",
  },
  letterWritten: {
    fr: "Lettre écrite dans {file} ({bytes} octets).",
    en: "Letter written to {file} ({bytes} bytes).",
  },
  backupWritten: {
    fr: "Sauvegarde écrite dans {file} : {tables} tables, {rows} lignes.",
    en: "Backup written to {file}: {tables} tables, {rows} rows.",
  },
  restoreConfirm: {
    fr: "Remplacer tout le contenu de la base par la sauvegarde du {created} ? Les données actuelles seront perdues. [o/N]",
    en: "Replace the whole content of the database with the backup of {created}? The current data will be lost. [y/N]",
  },
  restoreCancelled: {
    fr: "Restauration annulée ; la base n’a pas été modifiée. Sans terminal, ajoutez --yes pour confirmer.",
    en: "Restore cancelled; the database was not changed. Without a terminal, add --yes to confirm.",
  },
  restored: {
    fr: "Base restaurée depuis {file} (sauvegarde du {created}, faite sur {database}) : {tables} tables, {rows} lignes.",
    en: "Database restored from {file} (backup of {created}, taken on {database}): {tables} tables, {rows} rows.",
  },
  restoreFailed: {
    fr: "La restauration a échoué ; la base n’a pas été modifiée.",
    en: "The restore failed; the database was not changed.",
  },
});
