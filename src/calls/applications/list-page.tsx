import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { ListTable } from "../shared/list-table.tsx";
import { applicationText as t } from "./messages.ts";
import { applicationPath } from "./paths.ts";
import type { ApplicationView } from "./present.ts";

export function ListPage(p: { lang: Lang; items: ApplicationView[]; official: boolean }) {
  const { lang } = p;
  return (
    <>
      <h1>{t(lang, p.official ? "submittedApplications" : "applications")}</h1>
      <p class="lead">{t(lang, p.official ? "officialsLead" : "listLead")}</p>
      <ListTable
        columns={[
          t(lang, "reference"),
          t(lang, "title"),
          t(lang, "call"),
          t(lang, "status"),
          t(lang, "updated"),
        ]}
        items={p.items}
        empty={t(lang, "none")}
        row={(a) => (
          <tr>
            <td class="code">{a.reference ?? "—"}</td>
            <td>
              <a href={localisedPath(lang, applicationPath(a.key))}>{a.title}</a>
            </td>
            <td>
              {a.callCode} — {a.callTitle}
            </td>
            <td>
              <span class={a.status === "draft" ? "badge danger" : "badge"}>{a.statusLabel}</span>
            </td>
            <td>{a.updated}</td>
          </tr>
        )}
      />
    </>
  );
}
