import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { AppError, fail } from "../errors/app-error.ts";
import type { AppEnv } from "../http/types.ts";
import { localisedPath } from "../i18n/i18n.ts";
import { ui } from "./messages.ts";
import { renderPage } from "./render.tsx";

/** The API and anything asking for JSON get the error body; browsers get a localised page. */
export const wantsJson = (c: Context<AppEnv>) =>
  c.req.path.startsWith("/api/") ||
  c.req.path === "/healthz" ||
  (c.req.header("accept") ?? "").includes("application/json");

export function respondWithError(c: Context<AppEnv>, error: AppError) {
  const lang = c.var.lang ?? "fr";
  if (error.id === "too_many_attempts")
    c.header("Retry-After", String(Number(error.vars.minutes ?? 1) * 60));
  if (wantsJson(c)) return c.json(error.toJson(lang), error.status as 400);
  const title = ui(lang, "errorTitle", { status: error.status });
  return renderPage(
    c,
    title,
    <>
      <h1>{title}</h1>
      <p class="lead">{error.messageIn(lang)}</p>
      {(error.status === 401 || error.status === 403) && (
        <p>
          <a class="button" href={signInHref(c)}>
            {ui(lang, error.status === 401 ? "errorSignIn" : "errorSignInOther")}
          </a>
        </p>
      )}
      <p>
        <a href={localisedPath(lang, "/")}>{ui(lang, "errorBackHome")}</a>
      </p>
      <p class="hint">{ui(lang, "errorReference", { id: c.var.requestId ?? "-" })}</p>
    </>,
    error.status as 400,
  );
}

/** The sign-in page, set to come back here: only a GET can be repeated by following a link. */
function signInHref(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  const back = c.req.method === "GET" ? `${url.pathname}${url.search}` : undefined;
  const signIn = localisedPath(c.var.lang ?? "fr", "/connexion");
  return back ? `${signIn}?next=${encodeURIComponent(back)}` : signIn;
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof AppError) return respondWithError(c, err);
  if (err instanceof HTTPException && err.status < 500) {
    const id =
      err.status === 413 ? "payload_too_large" : err.status === 404 ? "not_found" : "bad_request";
    return respondWithError(c, fail(id));
  }
  // Unknown errors are logged with their stack and never shown: they may hold private data.
  (c.var.log ?? console).error({ err }, "unhandled error");
  return respondWithError(c, fail("internal_error"));
};

export const onNotFound: NotFoundHandler<AppEnv> = (c) => respondWithError(c, fail("not_found"));
