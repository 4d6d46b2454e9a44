// Starts swagger-ui on the API reference page (a file, not an inline script: the site's CSP
// allows scripts from 'self' only). The document's address comes from the page, in its language.
window.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("swagger-ui");
  if (!root || !window.SwaggerUIBundle) return;
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
