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

/**
 * The same for an ES module, whose loading is asynchronous (MuPDF's WASM build waits at its top
 * level): `load` is `() => import("pkg")`, so that the package is named where it is loaded.
 * A failed load is not kept: the next call tries again.
 */
export function onFirstImport<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
