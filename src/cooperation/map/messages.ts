import { capitalised, TERMS } from "../../platform/i18n/glossary.ts";
import { messages } from "../../platform/i18n/i18n.ts";

export const mapText = messages({
  title: { fr: "Carte des projets", en: "Project map" },
  lead: {
    fr: "Les projets conjoints situés, au Québec et en France. La liste qui suit la carte donne les mêmes projets, avec leurs coordonnées.",
    en: "The joint projects that have a location, in Québec and in France. The list after the map gives the same projects, with their coordinates.",
  },
  svgTitle: { fr: "Carte des projets conjoints", en: "Map of the joint projects" },
  svgDesc: {
    fr: "Deux encarts : le Québec et le nord-est de l’Amérique à gauche, la France et l’Europe de l’Ouest à droite ; {n} projets marqués d’un point. Les mêmes projets figurent dans le tableau qui suit.",
    en: "Two insets: Québec and North-Eastern America on the left, France and Western Europe on the right; {n} projects marked by a dot. The same projects are in the table that follows.",
  },
  insetQc: { fr: "Québec et nord-est de l’Amérique", en: "Québec and North-Eastern America" },
  insetFr: { fr: "France et Europe de l’Ouest", en: "France and Western Europe" },
  legendQc: { fr: "Projet porté par le Québec", en: "Project owned by Québec" },
  legendFr: { fr: "Projet porté par la France", en: "Project owned by France" },
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
    fr: "Fond de carte : Natural Earth 1:50 m (domaine public), par le paquet world-atlas.",
    en: "Base map: Natural Earth 1:50m (public domain), through the world-atlas package.",
  },
});
