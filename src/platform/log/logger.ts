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
    },
    destination,
  );
}
