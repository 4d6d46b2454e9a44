/**
 * Names the bundled sources give materials, beyond each material's French and English names.
 * Matching ignores case, accents and punctuation (nameKey), and falls back to the name without
 * a trailing parenthesis, so "Chromium (Cr2O3)" needs no entry here. A new source's spelling
 * is one line here, not a change to an importer.
 */
export const MATERIAL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  ree: ["Rare earths", "Rare earth", "Rare earth elements", "REE", "Éléments des terres rares"],
  hree: ["HREE", "Rare Earths (Heavy)", "Heavy rare earths"],
  lree: ["LREE", "Light rare earths"],
  pgm: [
    "PGM",
    "Platinum-group metals",
    "Platinum group elements",
    "Éléments du groupe du platine",
    "Métaux du groupe du platine",
  ],
  aluminium: ["Aluminium", "Bauxite", "Alumina", "Bauxite and alumina"],
  baryte: ["Barite", "Barytes"],
  boron: ["Boron minerals", "Borates"],
  chromium: ["Chromite"],
  cesium: ["Caesium"],
  // USGS MCS 2025 World Data spells it so.
  germanium: ["Gemanium"],
  "natural-graphite": ["Graphite", "Graphite (Natural)", "Natural graphite"],
  "coking-coal": ["Metallurgical coal"],
  "phosphate-rock": ["Phosphate", "Phosphates"],
  "silicon-metal": ["Silicon", "Ferrosilicon"],
  "titanium-metal": ["Titanium sponge metal", "Titanium sponge"],
  titanium: [
    "Titanium mineral concentrates",
    "TiO2 pigment",
    "Titanium dioxide",
    "Titanium and titanium dioxide",
  ],
  magnesium: ["Magnesium metal"],
  magnesite: ["Magnesium compounds"],
  "iron-ore": ["Iron", "Iron (Fe)"],
  "iron-steel": ["Iron and steel"],
  "iron-steel-scrap": ["Iron and steel scrap"],
  "iron-steel-slag": ["Iron and steel slag"],
  feldspar: ["Feldspar and nepheline syenite"],
  gypsum: ["Gypsum and anhydrite"],
  kyanite: ["Kyanite and related minerals"],
  "industrial-diamond": [
    "Diamond (industrial)",
    "Diamonds (Ind)",
    "Diamond (Bort, grit, and dust and powder; natural and synthetic)",
    "Diamond (Stones, natural and synthetic)",
  ],
  "gem-diamond": ["Diamonds (Gem)"],
  nitrogen: ["Nitrogen (fixed)—ammonia", "Nitrogen(fixed) - Ammonia", "Ammonia"],
  pumice: ["Pumice and pumicite"],
  "high-purity-quartz": [
    "Quartz (High-purity and industrial cultured crystal)",
    "Ground high-purity quartz",
    "Industrial cultured quartz crystal",
  ],
  "silica-sand": ["Sand and gravel (industrial)", "Industrial sand", "Silica sand"],
  "construction-sand-gravel": ["Sand and gravel (construction)"],
  "crushed-stone": ["Stone (crushed)"],
  "dimension-stone": ["Stone (dimension)", "Granite only"],
  talc: ["Talc, steatite & pyrophyllite", "Talc and pyrophyllite", "Talc, crude"],
  zirconium: ["Zircon", "Zirconium and hafnium"],
  "crude-oil": ["Petroleum"],
  nickel: ["Nickel (battery grade)"],
  abrasives: ["Abrasives (manufactured)"],
};

/**
 * Where one USGS commodity covers several materials, the row's description decides:
 * "Clays" with "Mine production: Kaolin" is kaolin.
 */
export const MATERIAL_BY_DETAIL: Readonly<Record<string, readonly [RegExp, string][]>> = {
  clays: [
    [/bentonite/i, "bentonite"],
    [/kaolin/i, "kaolin"],
    [/fuller/i, "fullers-earth"],
  ],
  "titanium and titanium dioxide": [
    [/pigment/i, "titanium"],
    [/sponge/i, "titanium-metal"],
  ],
  "platinum group metals": [
    [/palladium/i, "palladium"],
    [/platinum/i, "platinum"],
  ],
};
