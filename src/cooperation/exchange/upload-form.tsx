import { type Lang, localisedPath } from "../../platform/i18n/i18n.ts";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { exchangeText } from "./messages.ts";

const ACCEPT =
  ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file, the columns it must have, a preview box: the same form for each kind of file. */
export function UploadForm(props: {
  lang: Lang;
  csrf: string;
  action: string;
  /** Prefix of the field ids, unique on the page. */
  id: string;
  note: string;
}) {
  const { lang, id } = props;
  return (
    <form
      method="post"
      enctype="multipart/form-data"
      action={localisedPath(lang, props.action)}
      class="stacked"
    >
      <Csrf token={props.csrf} />
      <div>
        <label for={`${id}-file`}>{exchangeText(lang, "file")}</label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept={ACCEPT}
          required
          aria-describedby={`${id}-note`}
        />
        <p id={`${id}-note`} class="hint">
          {props.note}
        </p>
      </div>
      <div>
        <input id={`${id}-dry-run`} name="dryRun" type="checkbox" value="on" />
        <label for={`${id}-dry-run`}>{exchangeText(lang, "dryRun")}</label>
      </div>
      <div>
        <button type="submit">{exchangeText(lang, "submit")}</button>
      </div>
    </form>
  );
}
