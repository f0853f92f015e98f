import { z } from "zod";

/**
 * The one error map: every zod message a person can see, in words, for every schema that does not
 * give its own (a schema's own message wins). Imported for its effect by lib/http/action.ts and
 * every lib/<domain>/schemas.ts, so the server and any browser-side parse speak alike.
 */
const count = new Intl.NumberFormat("en-US");

type Issue = Parameters<NonNullable<z.core.$ZodConfig["customError"]>>[0];

export function humanMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "string") return `At most ${count.format(Number(issue.maximum))} characters.`;
      return `At most ${count.format(Number(issue.maximum))}.`;
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? "Fill this in."
          : `At least ${count.format(Number(issue.minimum))} characters.`;
      }
      return `At least ${count.format(Number(issue.minimum))}.`;
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return "Fill this in.";
      return issue.expected === "number" ? "Enter a number." : "This value is not allowed here.";
    case "invalid_value":
    case "invalid_union":
      return "Pick one of the choices.";
    case "invalid_format":
      if (issue.format === "url") return "Use a full http(s):// address.";
      if (issue.format === "email") return "Enter an e-mail address, e.g. name@example.org.";
      if (issue.format === "date") {
        return /^\d{4}-\d{2}-\d{2}$/.test(String(issue.input)) ? "That date does not exist." : "Use YYYY-MM-DD.";
      }
      return "This is not in the expected form.";
    default:
      return undefined;
  }
}

z.config({ customError: humanMessage });
