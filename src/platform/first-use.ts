import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded at its first use, then kept. The chart engine, the spreadsheet
 * writer and the PDF library take about a second together to load, and most processes (the
 * CLI, a server answering its first pages) never use them: a static import would make every
 * start pay for them. A synchronous require keeps their callers synchronous.
 */
export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
