import { fail } from "../../platform/errors/app-error.ts";
import type { Texts } from "../../platform/i18n/i18n.ts";
import { callStatus } from "../shared/call-status.ts";
import { formatInZone } from "../shared/time-zones.ts";
import type { CallRow } from "./queries.ts";

/** An instant in one party's time, in both languages (an error message's parameter). */
const inZone = (at: Date, zone: "America/Toronto" | "Europe/Paris") => ({
  fr: formatInZone("fr", at, zone),
  en: formatInZone("en", at, zone),
});

const ACTIONS = {
  create: {
    fr: "aucune candidature ne peut plus y être créée.",
    en: "no application can be started any more.",
  },
  submit: {
    fr: "la candidature ne peut plus être déposée.",
    en: "the application can no longer be submitted.",
  },
  withdraw: {
    fr: "une candidature déposée ne peut plus être retirée après la clôture.",
    en: "a submitted application can no longer be withdrawn after the closing.",
  },
} satisfies Record<string, Texts>;

/** Refuses, by the server's clock, what may only happen while the call is open. */
export function assertOpen(call: CallRow, now: Date, action: keyof typeof ACTIONS): void {
  const status = callStatus(
    {
      status: call.status === "published" ? "published" : "draft",
      opensAt: call.opens_at,
      closesAt: call.closes_at,
    },
    now,
  );
  if (status === "open") return;
  if (status === "closed") {
    throw fail("application_call_closed", {
      code: call.code,
      closesQc: inZone(call.closes_at, "America/Toronto"),
      closesParis: inZone(call.closes_at, "Europe/Paris"),
      action: ACTIONS[action],
    });
  }
  if (status === "draft") throw fail("not_found");
  throw fail("application_call_not_open", {
    code: call.code,
    opensQc: inZone(call.opens_at, "America/Toronto"),
    opensParis: inZone(call.opens_at, "Europe/Paris"),
  });
}
