import { describe, expect, it } from "vitest";
import { loadCountries } from "./countries.ts";
import { COUNTRY_ALIASES } from "./country-aliases.ts";
import { MATERIAL_ALIASES } from "./material-aliases.ts";
import { MATERIALS } from "./materials.ts";
import { nameKey } from "./names.ts";
import { reference } from "./reference.ts";

const ref = reference();

describe("countries", () => {
  const byId = new Map(loadCountries().map((c) => [c.id, c]));

  it("takes ISO codes from BACI, correcting its Comtrade numbers and Namibia's lost NA", () => {
    expect(byId.get("FRA")).toMatchObject({
      alpha2: "FR",
      numeric: 250,
      baciCode: 251,
      fr: "France",
    });
    expect(byId.get("USA")).toMatchObject({ numeric: 840, baciCode: 842, fr: "États-Unis" });
    expect(byId.get("NAM")).toMatchObject({ alpha2: "NA", numeric: 516 });
    expect(byId.get("CIV")?.fr).toBe("Côte d’Ivoire");
    // Historical duplicates (Belgium-Luxembourg, Fed. Rep. of Germany) do not replace today's.
    expect(byId.get("BEL")?.baciCode).toBe(56);
    expect(byId.get("DEU")?.baciCode).toBe(276);
  });

  it("adds Kosovo under the user-assigned XK/XKX, without a numeric code", () => {
    expect(byId.get("XKX")).toMatchObject({
      alpha2: "XK",
      numeric: null,
      isoStatus: "user-assigned",
      fr: "Kosovo",
    });
    expect(byId.get("TWN")).toMatchObject({ alpha2: "TW", numeric: 158 });
    expect(byId.get("ANT")).toMatchObject({ isoStatus: "withdrawn", en: "Netherlands Antilles" });
    expect(byId.has("S19")).toBe(false);
    expect(byId.has("SUN")).toBe(false);
  });

  it("has unique alpha-2 and numeric codes", () => {
    const all = [...byId.values()];
    expect(new Set(all.map((c) => c.alpha2)).size).toBe(all.length);
    const numerics = all.map((c) => c.numeric).filter((n) => n !== null);
    expect(new Set(numerics).size).toBe(numerics.length);
  });

  it.each([
    ["Congo (Kinshasa)", "COD"],
    ["DR Congo", "COD"],
    ["Korea, Republic of", "KOR"],
    ["Korea, North", "PRK"],
    ["Russia", "RUS"],
    ["Burma", "MMR"],
    ["United States", "USA"],
    ["United\u00a0States (kyanite)", "USA"],
    ["Canada ", "CAN"],
    ["Côte d’Ivoire", "CIV"],
    ["Cote d'Ivoire", "CIV"],
    ["Türkiye", "TUR"],
    ["Turkey", "TUR"],
    ["The Bahamas", "BHS"],
    ["Myanmar", "MMR"],
    ["Allemagne", "DEU"],
  ])("finds %s as %s", (name, id) => {
    expect(ref.country(name)).toBe(id);
  });

  it("maps WGI's own codes to ISO", () => {
    const wgi = (code: string) => ref.countryByCode("wgi", code);
    expect([wgi("ADO"), wgi("ROM"), wgi("ZAR"), wgi("TMP"), wgi("WBG"), wgi("KSV")]).toEqual([
      "AND",
      "ROU",
      "COD",
      "TLS",
      "PSE",
      "XKX",
    ]);
    expect(wgi("CAN")).toBe("CAN");
    expect(wgi("XYZ")).toBeUndefined();
  });

  it("gives no alias to two countries", () => {
    const claims = new Map<string, Set<string>>();
    for (const [id, names] of Object.entries(COUNTRY_ALIASES)) {
      for (const n of names) claims.set(nameKey(n), (claims.get(nameKey(n)) ?? new Set()).add(id));
    }
    for (const [key, { id }] of ref.countryAliases) claims.get(key)?.add(id);
    expect([...claims].filter(([, ids]) => ids.size > 1)).toEqual([]);
  });
});

describe("materials", () => {
  const ids = new Set(MATERIALS.map((m) => m.id));

  it("has unique slugs, and groups whose members exist", () => {
    expect(ids.size).toBe(MATERIALS.length);
    for (const m of MATERIALS) for (const member of m.members ?? []) expect(ids).toContain(member);
    for (const id of Object.keys(MATERIAL_ALIASES)) expect(ids).toContain(id);
  });

  it("names the groups in French as DOMAIN.md and usage have it", () => {
    const fr = (id: string) => MATERIALS.find((m) => m.id === id)?.fr;
    expect([fr("hree"), fr("lree"), fr("pgm"), fr("natural-graphite")]).toEqual([
      "terres rares lourdes",
      "terres rares légères",
      "platinoïdes",
      "graphite naturel",
    ]);
  });

  it("splits the rare earths as the EU 2023 assessment does", () => {
    const group = (id: string) => MATERIALS.find((m) => m.id === id)?.members;
    expect(group("lree")).toEqual(["cerium", "lanthanum", "neodymium", "praseodymium", "samarium"]);
    expect(group("hree")).toHaveLength(10);
    expect(group("hree")).toContain("yttrium");
    expect(group("pgm")).toHaveLength(6);
  });

  it.each([
    ["Gemanium", "germanium"],
    ["Graphite (Natural)", "natural-graphite"],
    ["Chromium (Cr2O3)", "chromium"],
    ["Rare Earths (Heavy)", "hree"],
    ["Platinum-Group Metals", "pgm"],
    ["Éléments des terres rares", "ree"],
    ["Nickel (battery grade)", "nickel"],
    ["Talc, Steatite & Pyrophyllite", "talc"],
    ["Nitrogen (Fixed)—Ammonia", "nitrogen"],
    ["Tungsten ", "tungsten"],
    ["Étain", "tin"],
    ["Bauxite", "aluminium"],
  ])("finds %s as %s", (name, id) => {
    expect(ref.material(name)).toBe(id);
  });

  it("narrows a USGS commodity by the row's description", () => {
    expect(ref.material("Clays", "Mine production: Kaolin")).toBe("kaolin");
    expect(ref.material("Titanium & titanium dioxide", "Sponge Metal Production")).toBe(
      "titanium-metal",
    );
    expect(ref.material("Platinum-Group metals", "Mine production, Palladium content")).toBe(
      "palladium",
    );
    expect(ref.material("Platinum-Group Metals", "PGM reserves")).toBe("pgm");
  });

  it("does not guess", () => {
    expect(ref.material("Neon, krypton, and xenon")).toBeUndefined();
    expect(ref.material("Unobtainium")).toBeUndefined();
  });
});
