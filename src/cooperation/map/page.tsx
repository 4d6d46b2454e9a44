import { formatNumber } from "../../platform/i18n/format.ts";
import { type Lang, localise, localisedPath, type Texts } from "../../platform/i18n/i18n.ts";
import { PARTIES } from "../../shared/party.ts";
import { KIND_LABELS, STATUS_LABELS } from "../projects/labels.ts";
import { inLang } from "../projects/present.ts";
import {
  baseMap,
  INSET_HEIGHT,
  INSET_WIDTH,
  type Inset,
  type MapPlace,
  type PlaceName,
  placeOnMap,
} from "./basemap.ts";
import { mapText } from "./messages.ts";
import { groupByPlace, type MapProjectView, type MarkerGroup } from "./present.ts";

export const MAP_PATH = "/cooperation/carte";

// Presentation attributes, not style attributes: the CSP forbids inline styles.
const PARTY_FILL: Record<string, string> = { qc: "#1f5aa6", fr: "#b3261e" };
const MIXED_FILL = "#555555";
const SUBDIVISION_STROKE = "#a89f88";
const INSET_KEY = { qc: "insetQc", fr: "insetFr" } as const;
/** Town labels go right of their dot, except where that side is crowded. */
const LABEL_SIDE: Record<string, "left" | "below"> = {
  Ottawa: "left",
  "Val-d’Or": "below",
  Nancy: "left",
  Rennes: "left",
  Bordeaux: "left",
};

type Located = MapProjectView & { place: MapPlace | null };
type Marker = MarkerGroup<Located>;
type T = (key: Parameters<typeof mapText>[1], vars?: Record<string, string | number>) => string;

export function MapPage({ lang, projects }: { lang: Lang; projects: MapProjectView[] }) {
  const t: T = (key, vars) => mapText(lang, key, vars);
  const insets = baseMap();
  const located: Located[] = projects.map((p) => ({
    ...p,
    place: placeOnMap(insets, p.longitude, p.latitude),
  }));
  const markers = groupByPlace(located);
  const shared = markers.filter((m) => m.members.length > 1);
  const anchorOf = (m: Marker) => `map-group-${shared.indexOf(m) + 1}`;
  return (
    <>
      <h1>{t("title")}</h1>
      <p class="lead">{t("lead")}</p>
      <figure class="chart map">
        <div class="map-insets">
          {insets.map((inset) => (
            <InsetMap
              lang={lang}
              t={t}
              inset={inset}
              markers={markers.filter((m) => m.inset === inset.id)}
              anchorOf={anchorOf}
            />
          ))}
        </div>
        <Legend t={t} />
        <figcaption>{t("attribution")}</figcaption>
      </figure>
      {shared.length > 0 && (
        <section aria-labelledby="map-groups">
          <h2 id="map-groups">{t("groupsHeading")}</h2>
          <ul class="map-groups">
            {shared.map((m) => (
              <li id={anchorOf(m)}>
                {t("groupItem", { n: m.members.length, place: placeName(lang, insets, m) })}
                <ul>
                  {m.members.map((p) => (
                    <li>
                      <a class="code" href={projectHref(lang, p)}>
                        {p.code}
                      </a>{" "}
                      — {inLang(lang, p.titleFr, p.titleEn)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ProjectTable lang={lang} projects={located} />
    </>
  );
}

function InsetMap(props: {
  lang: Lang;
  t: T;
  inset: Inset;
  markers: Marker[];
  anchorOf: (m: Marker) => string;
}) {
  const { lang, t, inset, markers } = props;
  const titleId = `map-title-${inset.id}`;
  const descId = `map-desc-${inset.id}`;
  const projects = markers.reduce((n, m) => n + m.members.length, 0);
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no element for a group, and its markers are links, so it cannot be role="img"
    <svg
      class="chart-svg map-svg"
      data-inset={inset.id}
      viewBox={`0 0 ${INSET_WIDTH} ${INSET_HEIGHT}`}
      role="group"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{t(INSET_KEY[inset.id])}</title>
      <desc id={descId}>{t("insetDesc", { projects, markers: markers.length })}</desc>
      <rect x="0" y="0" width={INSET_WIDTH} height={INSET_HEIGHT} fill="#e8f1f8" stroke="#8aa4bd" />
      <path d={inset.land} fill="#f4f1e8" stroke="none" />
      <path
        class="map-subdivisions"
        d={inset.subdivisions}
        fill="none"
        stroke={SUBDIVISION_STROKE}
        stroke-width="0.7"
        stroke-dasharray="4 2"
      />
      <path class="map-borders" d={inset.borders} fill="none" stroke="#7a7a7a" stroke-width="0.8" />
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG g takes no focus; town names are for the eye, the table gives each project's place */}
      <g class="map-places" aria-hidden="true">
        {inset.places.map((place) => {
          const label = labelFor(place, markers);
          return (
            <g>
              <circle cx={place.x} cy={place.y} r="2" fill="#444444" />
              <text
                x={label.x}
                y={label.y}
                text-anchor={label.anchor}
                font-size="12"
                fill="#333333"
                stroke="#ffffff"
                stroke-width="3"
                stroke-linejoin="round"
                paint-order="stroke"
              >
                {place.name}
              </text>
            </g>
          );
        })}
      </g>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text takes no focus; the inset's <title> already names it */}
      <text
        x="8"
        y="20"
        font-size="14"
        fill="#333333"
        stroke="#ffffff"
        stroke-width="3"
        paint-order="stroke"
        aria-hidden="true"
      >
        {t(INSET_KEY[inset.id])}
      </text>
      {markers.map((m) => (
        <MarkerLink lang={lang} t={t} marker={m} anchor={props.anchorOf(m)} />
      ))}
    </svg>
  );
}

function MarkerLink({
  lang,
  t,
  marker,
  anchor,
}: {
  lang: Lang;
  t: T;
  marker: Marker;
  anchor: string;
}) {
  const [first] = marker.members;
  const named = (p: Located) => `${p.code} — ${inLang(lang, p.titleFr, p.titleEn)}`;
  const codes = marker.members.map((p) => p.code).join(" ");
  if (marker.members.length === 1 && first)
    return (
      <a class="map-marker" data-codes={codes} href={projectHref(lang, first)}>
        <title>{named(first)}</title>
        <circle
          cx={marker.x}
          cy={marker.y}
          r="6"
          fill={PARTY_FILL[first.ownerParty] ?? MIXED_FILL}
          stroke="#ffffff"
          stroke-width="1.5"
        />
      </a>
    );
  const parties = new Set(marker.members.map((p) => p.ownerParty));
  const [party] = parties;
  const fill = parties.size === 1 && party ? (PARTY_FILL[party] ?? MIXED_FILL) : MIXED_FILL;
  return (
    <a class="map-marker" data-codes={codes} href={`#${anchor}`}>
      <title>
        {t("groupTitle", {
          n: marker.members.length,
          list: marker.members.map(named).join(t("listSeparator")),
        })}
      </title>
      <circle cx={marker.x} cy={marker.y} r="9" fill={fill} stroke="#ffffff" stroke-width="1.5" />
      <text
        x={marker.x}
        y={marker.y + 4}
        text-anchor="middle"
        font-size="11"
        font-weight="bold"
        fill="#ffffff"
      >
        {marker.members.length}
      </text>
    </a>
  );
}

function Legend({ t }: { t: T }) {
  const swatch = (body: unknown) => (
    <svg class="map-swatch" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      {body}
    </svg>
  );
  return (
    <ul class="map-legend">
      {PARTIES.map((party) => (
        <li>
          {swatch(<circle cx="10" cy="10" r="6" fill={PARTY_FILL[party]} />)}
          {t(party === "qc" ? "legendQc" : "legendFr")}
        </li>
      ))}
      <li>
        {swatch(
          <>
            <circle cx="10" cy="10" r="9" fill={MIXED_FILL} />
            <text
              x="10"
              y="14"
              text-anchor="middle"
              font-size="11"
              font-weight="bold"
              fill="#ffffff"
            >
              2
            </text>
          </>,
        )}
        {t("legendGroup")}
      </li>
      <li>
        {swatch(
          <path
            d="M1 10H19"
            stroke={SUBDIVISION_STROKE}
            stroke-width="1.5"
            stroke-dasharray="4 2"
          />,
        )}
        {t("legendBorders")}
      </li>
      <li>
        {swatch(<circle cx="10" cy="10" r="2.5" fill="#444444" />)}
        {t("legendPlace")}
      </li>
    </ul>
  );
}

/** A town's label sits beside its dot, pushed further out when a marker covers the dot. */
function labelFor(place: PlaceName, markers: Marker[]) {
  const covered = markers.find((m) => Math.hypot(m.x - place.x, m.y - place.y) < 10);
  const gap = covered ? (covered.members.length > 1 ? 12 : 10) : 5;
  switch (LABEL_SIDE[place.name]) {
    case "left":
      return { x: place.x - gap, y: place.y + 4, anchor: "end" };
    case "below":
      return { x: place.x, y: place.y + gap + 9, anchor: "middle" };
    default:
      return { x: place.x + gap, y: place.y + 4, anchor: "start" };
  }
}

/** A shared marker is named after the town under it, else by its coordinates. */
function placeName(lang: Lang, insets: Inset[], marker: Marker): string {
  const town = insets
    .find((i) => i.id === marker.inset)
    ?.places.find((p) => Math.hypot(p.x - marker.x, p.y - marker.y) < 6);
  const [first] = marker.members;
  if (town) return town.name;
  return first ? coordinates(lang, first.latitude, first.longitude) : "";
}

const projectHref = (lang: Lang, p: { code: string }) =>
  localisedPath(lang, `/cooperation/projets/${p.code}`);

function ProjectTable({ lang, projects }: { lang: Lang; projects: Located[] }) {
  const t: T = (key, vars) => mapText(lang, key, vars);
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
                <a class="code" href={projectHref(lang, p)}>
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
