// Starts swagger-ui on the API reference page (a file, not an inline script: the site's CSP
// allows scripts from 'self' only). The document's address comes from the page, in its language.

// swagger-ui has no translations: on the French page, its own labels are replaced as it draws
// them (whole texts only, so an operation's summary or a schema's field is never touched).
const FRENCH = new Map([
  ["Parameters", "Paramètres"],
  ["No parameters", "Aucun paramètre"],
  ["Try it out", "Essayer"],
  ["Cancel", "Annuler"],
  ["Execute", "Exécuter"],
  ["Clear", "Effacer"],
  ["Responses", "Réponses"],
  ["Response content type", "Type de contenu de la réponse"],
  ["Request body", "Corps de la requête"],
  ["Example Value", "Exemple"],
  ["Example value", "Exemple"],
  ["Examples", "Exemples"],
  ["Schema", "Schéma"],
  ["Schemas", "Schémas"],
  ["Links", "Liens"],
  ["No links", "Aucun lien"],
  ["Name", "Nom"],
  ["Media type", "Type de média"],
  // « Controls <code>Accept</code> header. »: three nodes.
  ["Controls", "Détermine l’en-tête"],
  ["header.", "de la réponse."],
  ["Server response", "Réponse du serveur"],
  ["Details", "Détails"],
  ["Response body", "Corps de la réponse"],
  ["Response headers", "En-têtes de la réponse"],
  ["Request URL", "URL de la requête"],
  ["Request duration", "Durée de la requête"],
  ["Download", "Télécharger"],
  ["Servers", "Serveurs"],
  ["Authorize", "Autoriser"],
  ["Available authorizations", "Autorisations disponibles"],
  ["Close", "Fermer"],
  ["Logout", "Se déconnecter"],
  ["Expand all", "Tout déplier"],
  ["Collapse all", "Tout replier"],
  ["Loading...", "Chargement…"],
  ["Undocumented", "Non documenté"],
  ["required", "obligatoire"],
  ["Default value", "Valeur par défaut"],
  ["Available values", "Valeurs possibles"],
  ["Copy path to clipboard", "Copier le chemin"],
  ["Copy to clipboard", "Copier"],
  ["Failed to load API definition.", "Le document de l’API n’a pas pu être chargé."],
]);

function frenchText(node) {
  const text = node.nodeValue;
  const key = text?.trim();
  const french = key && FRENCH.get(key);
  // Writing a text, even the same, is a mutation the observer sees again: only a change is written.
  if (french && french !== key) node.nodeValue = text.replace(key, french);
}

const ATTRIBUTES = ["title", "aria-label", "placeholder"];

function frenchAttribute(element, name) {
  const french = FRENCH.get(element.getAttribute(name) ?? "");
  if (french) element.setAttribute(name, french);
}

function translate(node) {
  if (node.nodeType === Node.TEXT_NODE) return frenchText(node);
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) frenchText(text);
  for (const element of [node, ...node.querySelectorAll("[title], [aria-label], [placeholder]")])
    for (const name of ATTRIBUTES) if (element.hasAttribute(name)) frenchAttribute(element, name);
}

window.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("swagger-ui");
  if (!root || !window.SwaggerUIBundle) return;
  if (document.documentElement.lang === "fr") {
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "characterData") frenchText(record.target);
        for (const added of record.addedNodes) translate(added);
        if (record.type === "attributes") frenchAttribute(record.target, record.attributeName);
      }
    }).observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ATTRIBUTES,
    });
  }
  window.SwaggerUIBundle({
    url: root.dataset.url,
    domNode: root,
    // Deep links put a link inside each operation's button (axe: nested-interactive); the page's
    // table of contents points at the tags' own ids instead.
    deepLinking: false,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    defaultModelRendering: "example",
    displayRequestDuration: true,
    tryItOutEnabled: false,
    // No call to the public validator: nothing leaves the site.
    validatorUrl: null,
  });
});
