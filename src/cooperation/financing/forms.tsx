/** The financing forms: a commitment (add or edit) and a disbursement against one commitment. */
import type { Lang } from "../../platform/i18n/i18n.ts";
import { Csrf } from "../../platform/web/csrf-field.tsx";
import { financingText as t } from "./messages.ts";
import { CURRENCIES } from "./money.ts";

export type CommitmentValues = Record<
  | "funder_id"
  | "source"
  | "party"
  | "amount"
  | "currency"
  | "committed_on"
  | "confidential_to"
  | "note",
  string
>;

export const EMPTY_COMMITMENT: CommitmentValues = {
  funder_id: "",
  source: "public",
  party: "qc",
  amount: "",
  currency: "CAD",
  committed_on: "",
  confidential_to: "",
  note: "",
};

function Select(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: [string, string][];
  /** A select whose first choice is "" (e.g. shared by both parties) must not be required. */
  optional?: boolean;
}) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} required={!props.optional}>
        {props.options.map(([value, label]) => (
          <option value={value} selected={value === props.value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CommitmentForm(props: {
  lang: Lang;
  csrf: string;
  action: string;
  values: CommitmentValues;
  funders: { id: string; name: string }[];
  legend: string;
}) {
  const { lang, values: v } = props;
  if (props.funders.length === 0) return <p class="empty-state">{t(lang, "noFunder")}</p>;
  return (
    <form method="post" action={props.action} class="party-form">
      <Csrf token={props.csrf} />
      <fieldset>
        <legend>{props.legend}</legend>
        <Select
          id="funder_id"
          name="funder_id"
          label={t(lang, "funder")}
          value={v.funder_id}
          options={props.funders.map((f) => [f.id, f.name])}
        />
        <Select
          id="source"
          name="source"
          label={t(lang, "source")}
          value={v.source}
          options={[
            ["public", t(lang, "public")],
            ["private", t(lang, "private")],
          ]}
        />
        <Select
          id="party"
          name="party"
          label={t(lang, "party")}
          value={v.party}
          options={[
            ["qc", t(lang, "qc")],
            ["fr", t(lang, "fr")],
            ["other", t(lang, "other")],
          ]}
        />
        <div>
          <label for="amount">{t(lang, "amount")}</label>
          <p class="hint" id="amount-hint">
            {t(lang, "amountHint")}
          </p>
          <input
            id="amount"
            name="amount"
            inputmode="decimal"
            required
            value={v.amount}
            aria-describedby="amount-hint"
          />
        </div>
        <Select
          id="currency"
          name="currency"
          label={t(lang, "currency")}
          value={v.currency}
          options={CURRENCIES.map((c) => [c, c])}
        />
        <div>
          <label for="committed_on">{t(lang, "committedOn")}</label>
          <input
            id="committed_on"
            name="committed_on"
            type="date"
            required
            value={v.committed_on}
          />
        </div>
        <Select
          id="confidential_to"
          name="confidential_to"
          optional
          label={t(lang, "confidentialTo")}
          value={v.confidential_to}
          options={[
            ["", t(lang, "sharedBoth")],
            ["qc", t(lang, "onlyQc")],
            ["fr", t(lang, "onlyFr")],
          ]}
        />
        <div>
          <label for="note">{t(lang, "note")}</label>
          <textarea id="note" name="note" rows={2} maxlength={1000}>
            {v.note}
          </textarea>
        </div>
        <button type="submit">{t(lang, "save")}</button>
      </fieldset>
    </form>
  );
}

export function DisbursementForm(props: {
  lang: Lang;
  csrf: string;
  action: string;
  /** Makes the field ids unique when the page holds one form per commitment. */
  suffix: string;
  legend: string;
}) {
  const { lang, suffix } = props;
  return (
    <form method="post" action={props.action} class="party-form">
      <Csrf token={props.csrf} />
      <fieldset>
        <legend>{props.legend}</legend>
        <div>
          <label for={`amount-${suffix}`}>{t(lang, "amount")}</label>
          <input id={`amount-${suffix}`} name="amount" inputmode="decimal" required />
        </div>
        <div>
          <label for={`paid_on-${suffix}`}>{t(lang, "paidOn")}</label>
          <input id={`paid_on-${suffix}`} name="paid_on" type="date" required />
        </div>
        <div>
          <label for={`note-${suffix}`}>{t(lang, "note")}</label>
          <input id={`note-${suffix}`} name="note" maxlength={1000} />
        </div>
        <button type="submit">{t(lang, "addDisbursement")}</button>
      </fieldset>
    </form>
  );
}
