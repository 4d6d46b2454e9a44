import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath, type Texts } from "../../platform/i18n/i18n.ts";
import { PARTIES } from "../../shared/party.ts";
import { KIND_LABELS, STATUS_LABELS } from "../projects/labels.ts";
import { inLang } from "../projects/present.ts";
import { baseMap, type InsetId, MAP_HEIGHT, MAP_WIDTH, placeOnMap } from "./basemap.ts";
import { mapText } from "./messages.ts";
import type { MapProjectView } from "./present.ts";

export const MAP_PATH = "/cooperation/carte";

// Presentation attributes, not style attributes: the CSP forbids inline styles.
const PARTY_FILL: Record<string, string> = { qc: "#1f5aa6", fr: "#b3261e" };
const INSET_KEY = { qc: "insetQc", fr: "insetFr" } as const;

type Located = MapProjectView & { place: { inset: InsetId; x: number; y: number } | null };

export function MapPage({ lang, projects }: { lang: Lang; projects: MapProjectView[] }) {
  const t = (key: Parameters<typeof mapText>[1], vars?: Record<string, string | number>) =>
    mapText(lang, key, vars);
  const insets = baseMap();
  const located: Located[] = projects.map((p) => ({
    ...p,
    place: placeOnMap(insets, p.longitude, p.latitude),
  }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("lead")}</p>
      <figure class="chart">
        {/* biome-ignore lint/a11y/useSemanticElements: SVG has no element for a group, and its markers are links, so it cannot be role="img" */}
        <svg
          class="chart-svg map-svg"
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          role="group"
          aria-labelledby="map-title map-desc"
        >
          <title id="map-title">{t("svgTitle")}</title>
          <desc id="map-desc">{t("svgDesc", { n: located.filter((p) => p.place).length })}</desc>
          {insets.map((inset) => (
            <g data-inset={inset.id}>
              <rect
                x={inset.x}
                y={inset.y}
                width={inset.width}
                height={inset.height}
                fill="#e8f1f8"
                stroke="#8aa4bd"
              />
              <path d={inset.land} fill="#f4f1e8" stroke="none" />
              <path d={inset.borders} fill="none" stroke="#9a9a9a" stroke-width="0.6" />
              <text x={inset.x + 8} y={inset.y + 20} font-size="14" fill="#333333">
                {t(INSET_KEY[inset.id])}
              </text>
            </g>
          ))}
          {PARTIES.map((party, i) => (
            <g>
              <circle cx={16} cy={MAP_HEIGHT - 40 + i * 22} r="6" fill={PARTY_FILL[party]} />
              <text x={28} y={MAP_HEIGHT - 35 + i * 22} font-size="13" fill="#333333">
                {t(party === "qc" ? "legendQc" : "legendFr")}
              </text>
            </g>
          ))}
          {located.map(
            (p) =>
              p.place && (
                <a href={localisedPath(lang, `/cooperation/projets/${p.code}`)}>
                  <circle
                    class="map-marker"
                    data-code={p.code}
                    cx={p.place.x}
                    cy={p.place.y}
                    r="6"
                    fill={PARTY_FILL[p.ownerParty] ?? "#555555"}
                    stroke="#ffffff"
                    stroke-width="1.5"
                  >
                    <title>{`${p.code} — ${inLang(lang, p.titleFr, p.titleEn)}`}</title>
                  </circle>
                </a>
              ),
          )}
        </svg>
        <figcaption>{t("attribution")}</figcaption>
      </figure>
      <ProjectTable lang={lang} projects={located} />
    </>
  );
}

function ProjectTable({ lang, projects }: { lang: Lang; projects: Located[] }) {
  const t = (key: Parameters<typeof mapText>[1], vars?: Record<string, string | number>) =>
    mapText(lang, key, vars);
  if (projects.length === 0) return <p class="empty-state">{t("empty")}</p>;
  return (
    <div class="table-wrap">
      <table class="data-table map-list">
        <caption>{t("caption", { n: projects.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colCode")}</th>
            <th scope="col">{t("colTitle")}</th>
            <th scope="col">{t("colKind")}</th>
            <th scope="col">{t("colStatus")}</th>
            <th scope="col">{t("colRegion")}</th>
            <th scope="col">{t("colCoordinates")}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr data-code={p.code}>
              <th scope="row">
                <a class="code" href={localisedPath(lang, `/cooperation/projets/${p.code}`)}>
                  {p.code}
                </a>
              </th>
              <td>{inLang(lang, p.titleFr, p.titleEn)}</td>
              <td>{label(KIND_LABELS, p.kind, lang)}</td>
              <td>{label(STATUS_LABELS, p.status, lang)}</td>
              <td>{p.region ?? ""}</td>
              <td>
                {coordinates(lang, p.latitude, p.longitude)}
                {p.place === null && ` (${t("outside")})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const label = (table: Record<string, Texts>, key: string, lang: Lang) => {
  const texts = table[key];
  return texts ? localise(texts, lang) : key;
};

/** « 46,8139° N, 71,2080° O » / "46.8139° N, 71.2080° W". */
export function coordinates(lang: Lang, latitude: number, longitude: number): string {
  const n = (v: number) => formatNumber(lang, Math.abs(v), 4);
  const west = lang === "fr" ? "O" : "W";
  return `${n(latitude)}° ${latitude < 0 ? "S" : "N"}, ${n(longitude)}° ${longitude < 0 ? west : "E"}`;
}
