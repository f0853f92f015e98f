import { fieldStyles } from "@/components/ui/field-parts";
import { Field } from "@/components/field";
import { FieldError, invalidProps } from "@/components/form-bits";
import type { FormState } from "@/components/use-action-form";
import styles from "./import.module.css";
import { ARTICLE_LIMITS } from "@/lib/articles/schemas";

/**
 * The article metadata inputs shared by the import confirmation and the metadata editor (the
 * names match lib/articles/schemas.ts). Each guessable value has an "inferred" box beside it.
 */
export type MetadataDefaults = {
  headline: string;
  authors: string;
  authorsInferred: boolean;
  outlet: string;
  outletInferred: boolean;
  published: string;
  publishedInferred: boolean;
  publishedNote: string;
  url: string;
  language: string;
  direction: "LTR" | "RTL";
  languageInferred: boolean;
};

/** Every field of articleMetadataSchema (lib/articles/schemas.ts), and its label. */
export const METADATA_FIELD_LABELS = {
  headline: "Headline",
  authors: "Authors",
  authorsInferred: "Authors inferred",
  outlet: "Outlet",
  outletInferred: "Outlet inferred",
  published: "Published",
  publishedInferred: "Date inferred",
  publishedNote: "Why this date",
  url: "Original address (URL)",
  language: "Language code",
  direction: "Text direction",
  languageInferred: "Language guessed",
} as const;

export type MetadataHints = Partial<Record<"headline" | "authors" | "outlet" | "published" | "language", string>>;

function Check({
  name,
  label,
  state,
  defaultChecked,
}: {
  name: string;
  label: string;
  state: FormState;
  defaultChecked: boolean;
}) {
  const checked = state.values ? state.values[name] === "on" : defaultChecked;
  return (
    <div className={fieldStyles.check}>
      <input id={name} name={name} type="checkbox" defaultChecked={checked} {...invalidProps(state, name)} />
      <label htmlFor={name}>{label}</label>
      <FieldError state={state} name={name} />
    </div>
  );
}

export function MetadataFields({
  state,
  defaults,
  hints = {},
}: {
  state: FormState;
  defaults: MetadataDefaults;
  hints?: MetadataHints;
}) {
  const direction = state.values?.direction ?? defaults.direction;
  return (
    <div className={styles.metadata}>
      <Field
        name="headline"
        label="Headline"
        dir="auto"
        maxLength={ARTICLE_LIMITS.headline}
        state={state}
        defaultValue={defaults.headline}
        hint={hints.headline}
      />
      <Field
        name="authors"
        label="Authors (comma-separated)"
        maxLength={ARTICLE_LIMITS.authors}
        state={state}
        defaultValue={defaults.authors}
        hint={hints.authors}
      />
      <Check
        name="authorsInferred"
        label="Authors inferred, not printed as a byline"
        state={state}
        defaultChecked={defaults.authorsInferred}
      />
      <Field
        name="outlet"
        label="Outlet"
        maxLength={ARTICLE_LIMITS.outlet}
        state={state}
        defaultValue={defaults.outlet}
        hint={hints.outlet}
      />
      <Check
        name="outletInferred"
        label="Outlet inferred, not named as publisher"
        state={state}
        defaultChecked={defaults.outletInferred}
      />
      <Field
        name="published"
        label="Published (YYYY, YYYY-MM or YYYY-MM-DD)"
        state={state}
        defaultValue={defaults.published}
        hint={hints.published}
      />
      <Check
        name="publishedInferred"
        label="Date inferred, not printed"
        state={state}
        defaultChecked={defaults.publishedInferred}
      />
      <Field
        name="publishedNote"
        label="Why this date (for inferred dates)"
        maxLength={ARTICLE_LIMITS.publishedNote}
        state={state}
        defaultValue={defaults.publishedNote}
      />
      <Field
        name="url"
        label="Original address (URL)"
        type="url"
        maxLength={ARTICLE_LIMITS.url}
        state={state}
        defaultValue={defaults.url}
      />
      <Field
        name="language"
        label="Language code"
        state={state}
        defaultValue={defaults.language}
        hint={hints.language}
      />
      <div className={fieldStyles.field}>
        <label htmlFor="direction">Text direction</label>
        <select
          key={direction}
          id="direction"
          name="direction"
          defaultValue={direction}
          {...invalidProps(state, "direction")}
        >
          <option value="LTR">Left to right</option>
          <option value="RTL">Right to left</option>
        </select>
        <FieldError state={state} name="direction" />
      </div>
      <Check
        name="languageInferred"
        label="Language guessed, not declared"
        state={state}
        defaultChecked={defaults.languageInferred}
      />
    </div>
  );
}
