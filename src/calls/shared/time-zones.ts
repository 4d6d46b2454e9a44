import type { Lang, Texts } from "../../platform/i18n/i18n.ts";

/**
 * The zones a call's dates are set in: Québec's (America/Toronto, which Québec shares) and
 * France's. Dates are stored as instants; pages show both parties' local time, so that nobody
 * has to work out a five- or six-hour difference that changes twice a year.
 */
export const CALL_TIME_ZONES = ["America/Toronto", "Europe/Paris"] as const;
export type CallTimeZone = (typeof CALL_TIME_ZONES)[number];

export const isCallTimeZone = (value: unknown): value is CallTimeZone =>
  CALL_TIME_ZONES.includes(value as CallTimeZone);

export const ZONE_LABELS: Record<CallTimeZone, Texts> = {
  "America/Toronto": { fr: "heure du Québec", en: "Québec time" },
  "Europe/Paris": { fr: "heure de Paris", en: "Paris time" },
};

const NBSP = "\u00a0";

type WallParts = { year: number; month: number; day: number; hour: number; minute: number };

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of an instant in a zone. */
function wallParts(instant: Date, zone: string): WallParts {
  let format = partFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    partFormatters.set(zone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return {
    year: parts.year as number,
    month: parts.month as number,
    day: parts.day as number,
    hour: parts.hour as number,
    minute: parts.minute as number,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** « 2026-03-31T17:00 »: what a datetime-local field shows for that instant in that zone. */
export function instantToLocal(instant: Date, zone: string): string {
  const w = wallParts(instant, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::00)?$/;

/**
 * The instant a local date-time names in a zone ("2026-03-31T17:00" in America/Toronto →
 * 21:00 UTC). Null when the text is not a date-time, or when that time does not exist there
 * (skipped by the change to summer time); an hour that occurs twice is its first occurrence.
 */
export function localToInstant(local: string, zone: string): Date | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 2000 || year > 2999 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offset = (t: number) => {
    const w = wallParts(new Date(t), zone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(t / 60_000) * 60_000;
  };
  // The offset at the guessed instant may differ from the one at the answer near a change of
  // time: the second pass settles it.
  let t = wall - offset(wall);
  t = wall - offset(t);
  const instant = new Date(t);
  const expected = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
  return instantToLocal(instant, zone) === expected ? instant : null;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** « 31 mars 2026, 17 h 00 » / "March 31, 2026, 5:00 p.m." in that zone. */
export function formatInZone(lang: Lang, instant: Date, zone: string): string {
  const key = `${lang}|${zone}`;
  let format = dateFormatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === "fr" ? "fr-CA" : "en-CA", {
      timeZone: zone,
      day: "numeric",
      month: "long",
      year: "numeric",
    });
    dateFormatters.set(key, format);
  }
  const date = format.format(instant);
  const w = wallParts(instant, zone);
  if (lang === "fr") {
    const day = date.replace(/^1 /, "1er ").replace(/ /g, NBSP);
    return `${day}, ${w.hour}${NBSP}h${NBSP}${pad(w.minute)}`;
  }
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  return `${date}, ${h12}:${pad(w.minute)}${NBSP}${w.hour < 12 ? "a.m." : "p.m."}`;
}

/**
 * The same instant in Québec's and in Paris's time, each named: « 31 mars 2026, 17 h 00 (heure
 * du Québec) · 31 mars 2026, 23 h 00 (heure de Paris) ».
 */
export function formatBothZones(lang: Lang, instant: Date): string {
  return CALL_TIME_ZONES.map(
    (zone) => `${formatInZone(lang, instant, zone)} (${ZONE_LABELS[zone][lang]})`,
  ).join(" · ");
}
