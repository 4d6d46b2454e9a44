/**
 * Typed errors of the criticality engine. Every error carries a stable `code` (the app layer
 * localises by code) and a `details` object holding the offending values. Messages are English
 * and meant for logs and developers, not for end users.
 */

export type EngineErrorCode =
  | "unknown_material"
  | "unknown_country"
  | "unknown_stage"
  | "unknown_party"
  | "missing_input"
  | "invalid_share"
  | "invalid_quantity"
  | "invalid_parameter"
  | "invalid_percentage"
  | "negative_capacity"
  | "empty_supply";

export type ErrorDetails = Readonly<Record<string, unknown>>;

/** Base class: catch this to handle any engine error. */
export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = "EngineError";
  }
}

/** A material, country, stage or party that the inputs do not know. */
export class UnknownEntityError extends EngineError {
  constructor(
    code: "unknown_material" | "unknown_country" | "unknown_stage" | "unknown_party",
    message: string,
    details: ErrorDetails,
  ) {
    super(code, message, details);
    this.name = "UnknownEntityError";
  }
}

/** An input that the computation needs is absent. */
export class MissingInputError extends EngineError {
  constructor(message: string, details: ErrorDetails) {
    super("missing_input", message, details);
    this.name = "MissingInputError";
  }
}

/** A value outside its domain (negative quantity, share above 1, percentage above 100…). */
export class InvalidInputError extends EngineError {
  constructor(
    code:
      | "invalid_share"
      | "invalid_quantity"
      | "invalid_parameter"
      | "invalid_percentage"
      | "negative_capacity"
      | "empty_supply",
    message: string,
    details: ErrorDetails,
  ) {
    super(code, message, details);
    this.name = "InvalidInputError";
  }
}

/** Throws `invalid_parameter` unless `value` is a finite number within [min, max]. */
export function requireInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new InvalidInputError("invalid_parameter", `${name} must be in [${min}, ${max}]`, {
      parameter: name,
      value,
      min,
      max,
    });
  }
  return value;
}
