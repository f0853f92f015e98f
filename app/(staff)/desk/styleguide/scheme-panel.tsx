import { CheckboxField, Field, SelectField, TextareaField } from "@/components/field";
import { StatusBadge } from "@/components/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { Popover } from "@/components/ui/popover";
import { fieldStyles } from "@/components/ui/field-parts";
import { Table } from "@/components/ui/table";
import styles from "./styleguide.module.css";

const COLOURS = [
  "ink",
  "muted",
  "paper",
  "wash",
  "line",
  "line-strong",
  "accent",
  "danger",
  "ok",
  "focus",
  ...["corroborated", "conflicting", "unverified", "withdrawn"].flatMap((s) =>
    ["fg", "bg", "line"].map((p) => `status-${s}-${p}`),
  ),
];
const TYPE = ["xs", "sm", "md", "lg", "xl", "2xl", "3xl"];
const SPACE = [1, 2, 3, 4, 5, 6, 7, 8];
const RADII = ["sm", "md", "pill"];

/** Every token and primitive, pinned to one scheme. Ids carry the scheme so both panels can coexist. */
export function SchemePanel({ scheme }: { scheme: "light" | "dark" }) {
  const id = (name: string) => `${scheme}-${name}`;
  const invalid = {
    ok: false,
    fieldErrors: { [id("email")]: ["Enter an email address, like name@example.org."] },
    values: { [id("email")]: "not-an-address" },
  };
  const blank = { ok: false };
  const title = scheme === "light" ? "Light scheme" : "Dark scheme";
  return (
    <section className={styles[scheme]} data-scheme={scheme} aria-labelledby={id("title")}>
      <h2 id={id("title")}>{title}</h2>

      <h3>Colour</h3>
      <ul className={styles.swatches}>
        {COLOURS.map((c) => (
          <li key={c}>
            <span className={styles.chip} style={{ background: `var(--${c})` }} />
            <code>--{c}</code>
          </li>
        ))}
      </ul>

      <h3>Type scale</h3>
      {TYPE.map((t) => (
        <p key={t} style={{ fontSize: `var(--text-${t})`, margin: "0.25rem 0" }}>
          --text-{t}: Claims, sources and history
        </p>
      ))}
      <p style={{ fontFamily: "var(--font-serif)" }}>--font-serif: headlines and article text.</p>

      <h3>Spacing and radii</h3>
      {SPACE.map((s) => (
        <p key={s} className={styles.row} style={{ margin: 0 }}>
          <code>--space-{s}</code>
          <span className={styles.space} style={{ width: `var(--space-${s})` }} />
        </p>
      ))}
      <div className={styles.row}>
        {RADII.map((r) => (
          <span key={r} className={styles.row}>
            <span className={styles.radius} style={{ borderRadius: `var(--radius-${r})` }} />
            <code>--radius-{r}</code>
          </span>
        ))}
      </div>

      <h3>Buttons</h3>
      <div className={styles.row}>
        <Button>Primary</Button>
        <Button variant="secondary">Secondary</Button>
        <Button variant="quiet">Quiet</Button>
        <Button variant="danger">Danger</Button>
        <Button disabled>Disabled</Button>
      </div>

      <h3>Badges</h3>
      <div className={styles.row}>
        <StatusBadge status="CORROBORATED" />
        <StatusBadge status="CONFLICTING" />
        <StatusBadge status="UNVERIFIED" />
        <StatusBadge status="WITHDRAWN" />
        <Badge>Neutral</Badge>
        <StatusBadge status="CORROBORATED" large />
      </div>

      <h3>Form fields</h3>
      <form className={fieldStyles.form} aria-label={`Sample form, ${title.toLowerCase()}`}>
        <Field name={id("email")} label="Email" type="email" state={invalid} hint="Where the link is sent." />
        <TextareaField
          name={id("summary")}
          label="Public summary"
          state={blank}
          maxLength={280}
          hint="What readers see."
          defaultValue="Two outlets report the same figure."
        />
        <SelectField name={id("status")} label="Status" state={blank} defaultValue="UNVERIFIED">
          <option value="UNVERIFIED">Unverified</option>
          <option value="CORROBORATED">Corroborated</option>
          <option value="CONFLICTING">Conflicting</option>
        </SelectField>
        <CheckboxField name={id("notify")} label="Tell the reviewer" state={blank} />
      </form>

      <h3>Card and notices</h3>
      <Card>
        <p>A card groups one thing: a proposal, a quote, a source.</p>
      </Card>
      <Notice>A notice: information that applies to the whole page.</Notice>
      <Notice tone="ok">Saved. The reviewer has been told.</Notice>
      <Notice tone="error">Nothing was saved: the claim changed since you opened it.</Notice>

      <h3>Table</h3>
      <Table label={`Sample table, ${title.toLowerCase()}`}>
        <thead>
          <tr>
            <th scope="col">As of</th>
            <th scope="col">Figure</th>
            <th scope="col">Scope</th>
            <th scope="col">Said by</th>
          </tr>
        </thead>
        <tbody>
          <tr aria-current="true">
            <td>July 2019</td>
            <td>about 1,000 fighters</td>
            <td>desert regions around Baaj, Rawah and Tharthar</td>
            <td>Hisham al-Hashemi</td>
          </tr>
          <tr>
            <td>March 2020</td>
            <td>3,500–4,000 fighters</td>
            <td>about 11 operational sectors</td>
            <td>Hisham al-Hashemi</td>
          </tr>
        </tbody>
      </Table>

      <h3>Dialog and popover</h3>
      <div className={styles.row}>
        <ConfirmDialog
          trigger={<Button variant="danger">Withdraw claim…</Button>}
          title="Withdraw this claim?"
          description="Its page will answer 410 Gone with your reason. A reviewer must approve."
          confirm={<Button variant="danger">Propose withdrawal</Button>}
        />
        <Popover trigger={<Button variant="quiet">What is “corroborated”?</Button>} label="Corroborated">
          Confirmed by two independent sources, and approved by a reviewer.
        </Popover>
      </div>
    </section>
  );
}
