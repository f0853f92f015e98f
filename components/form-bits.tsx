import { noticeClass } from "@/components/ui/notice";
import { fieldStyles } from "@/components/ui/field-parts";
import type { FormState } from "@/components/use-action-form";

/**
 * Small pieces every section form shares, so errors look and are announced the same way
 * everywhere: the refusal above the fields, each field's message right beside it.
 */
export function FormMessage({ state, ok }: { state: FormState; ok?: string }) {
  // A refusal that names one field (a transition rule) is shown beside that field only.
  const besideField = Object.values(state.fieldErrors ?? {}).some((errors) => errors?.includes(state.message ?? ""));
  if (state.message && !state.ok && !besideField) {
    return (
      <p role="alert" className={noticeClass("error")}>
        {state.message}
      </p>
    );
  }
  if (state.ok && ok) {
    return (
      <p role="status" className={noticeClass("ok")}>
        {ok}
      </p>
    );
  }
  return null;
}

/**
 * What went wrong, at the top of a form after a refused submit: the refusal, then each field's
 * message as a link to that field. Focus moves here (useActionForm), so a screen reader hears it
 * and a sighted editor sees it; an error of a field the form does not show still appears here.
 */
export function ErrorSummary({
  state,
  labels,
  summaryRef,
  prefix = "",
}: {
  state: FormState;
  /** Field name → its label, for the links; fields without one are listed as text. */
  labels: Record<string, string>;
  summaryRef: React.Ref<HTMLDivElement>;
  prefix?: string;
}) {
  const errors = Object.entries(state.fieldErrors ?? {}).filter((entry): entry is [string, string[]] =>
    Boolean(entry[1]?.length),
  );
  if (state.ok || (!state.message && errors.length === 0)) return null;
  const repeatsAField = errors.some(([, messages]) => messages.includes(state.message ?? ""));
  const heading = !state.message || repeatsAField ? "Check the field below." : state.message;
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" className={`${noticeClass("error")} error-summary`}>
      <p className={fieldStyles.summaryHeading}>{heading}</p>
      {errors.length > 0 && (
        <ul className={fieldStyles.summaryList}>
          {errors.map(([name, messages]) => (
            <li key={name}>
              {labels[name] ? (
                <a href={`#${prefix}${name}`}>
                  {labels[name]}: {messages.join(" ")}
                </a>
              ) : (
                messages.join(" ")
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function fieldError(state: FormState, name: string): string | undefined {
  return state.fieldErrors?.[name]?.join(" ") || undefined;
}

/**
 * Props for an input whose error, if any, is announced with it. `prefix` keeps element ids unique
 * when two forms on the page have a field of the same name (several have a "note").
 */
export function invalidProps(state: FormState, name: string, hintId?: string, prefix = "") {
  const error = fieldError(state, name);
  const describedBy = [hintId, error ? `${prefix}${name}-error` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined };
}

type FieldErrorProps = { state: FormState; name: string; prefix?: string };

export function FieldError({ state, name, prefix = "" }: FieldErrorProps) {
  const error = fieldError(state, name);
  return error ? (
    <p id={`${prefix}${name}-error`} className={fieldStyles.error}>
      {error}
    </p>
  ) : null;
}
