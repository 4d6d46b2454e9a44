import pino from "pino";
import type { Config } from "../config/env.ts";

export type Logger = pino.Logger;

/** JSON logs; a request's lines carry its id (see request-context middleware). */
export function createLogger(
  config: Pick<Config, "logLevel">,
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { app: "alliage" },
      // A requester's identity must never reach the logs, even by accident.
      redact: {
        paths: [
          "*.password",
          "*.email",
          "*.requester",
          "*.token",
          "req.headers.cookie",
          "req.headers.authorization",
        ],
        censor: "[caviardé]",
      },
      serializers: { err: withoutRowValues },
    },
    destination,
  );
}

/**
 * PostgreSQL errors carry the failing row in `detail` ("Failing row contains (…)") and the
 * statement's values in `where`/`parameters`: a constraint hit on the requesters table would
 * otherwise write a name and an address into the logs.
 */
function withoutRowValues(error: Error) {
  const serialised = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const key of ["detail", "where", "parameters", "internalQuery"]) delete serialised[key];
  return serialised;
}
