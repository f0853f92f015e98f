import { scaleLinear, scaleUtc } from "@visx/scale";
import { Line } from "@visx/shape";
import { formatPreciseDate } from "@/lib/dates/precision";
import { claimPath } from "@/lib/claims/paths";
import { formatQuantity } from "@/lib/claims/format";
import type { Figure } from "@/lib/subjects/queries";
import styles from "./figure-chart.module.css";

/**
 * The figures of one measure over their as-of dates, rendered on the server (no client script): a
 * dot for a value, a vertical band for a range, a hollow diamond for an approximate value (a
 * dashed band for an approximate range). visx's scales place everything; the grid is SVG, the
 * marks and labels are HTML placed in percent of the plot, so the text keeps its size at any width
 * and each mark is a link to its claim whose description (what, when, who, where from, scope)
 * shows on hover and on keyboard focus, and is the link's accessible name.
 */
const number = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** A position in percent of the plot, to a hundredth: finer than a pixel, and a tenth of the bytes. */
const pct = (value: number) => `${Math.round(value * 100) / 100}%`;

export function describeFigure(f: Figure): string[] {
  const scope = [f.scopePlace, f.scopePopulation].filter(Boolean).join("; ");
  return [
    `${formatQuantity(f)}, as of ${f.asOf ? formatPreciseDate(f.asOf) : "an unknown date"}`,
    `Said by ${f.speaker?.name ?? "no named speaker"}`,
    `Source: ${f.outlets.length ? f.outlets.join(", ") : "no quoted outlet"}`,
    `Scope: ${scope || "not given"}`,
  ];
}

export function FigureChart({ figures, label }: { figures: Figure[]; label: string }) {
  const dated = figures.filter((f) => f.asOf);
  if (dated.length === 0) return null;
  const times = dated.map((f) => f.asOf!.on.getTime());
  const tops = dated.map((f) => f.high ?? f.value ?? 0);
  const bottoms = dated.map((f) => f.low ?? f.value ?? 0);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  // Pad the time axis so a lone figure or the first and last sit inside the plot.
  const pad = Math.max((t1 - t0) * 0.08, 1000 * 60 * 60 * 24 * 45);
  const x = scaleUtc({ domain: [new Date(t0 - pad), new Date(t1 + pad)], range: [0, 100] });
  const low = Math.min(0, ...bottoms);
  const y = scaleLinear({ domain: [low, Math.max(...tops) * 1.1 || 1], range: [100, 0], nice: true });
  const yTicks = y.ticks(4);
  const xTicks = x.ticks(4);
  const spanYears = (t1 - t0) / (365 * 24 * 3600 * 1000);
  const tickLabel = (d: Date) =>
    spanYears > 3
      ? String(d.getUTCFullYear())
      : d.toLocaleDateString("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

  return (
    <figure className={styles.figure} aria-label={label}>
      <div className={styles.plot}>
        <svg
          className={styles.grid}
          viewBox="0 0 100 100"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {yTicks.map((t) => (
            <Line
              key={`y${t}`}
              from={{ x: 0, y: y(t) }}
              to={{ x: 100, y: y(t) }}
              className={styles.gridLine}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          <Line
            from={{ x: 0, y: 100 }}
            to={{ x: 100, y: 100 }}
            className={styles.axisLine}
            vectorEffect="non-scaling-stroke"
          />
        </svg>
        {yTicks.map((t) => (
          <span key={`yl${t}`} className={styles.yLabel} style={{ top: pct(y(t)) }} aria-hidden="true">
            {number.format(t)}
          </span>
        ))}
        {xTicks.map((t) => (
          <span key={`xl${t.getTime()}`} className={styles.xLabel} style={{ left: pct(x(t)) }} aria-hidden="true">
            {tickLabel(t)}
          </span>
        ))}
        {dated.map((f) => {
          const left = x(f.asOf!.on);
          const range = f.value == null && f.low != null && f.high != null;
          const kind = range
            ? f.approximate
              ? styles.bandApprox
              : styles.band
            : f.approximate
              ? styles.approx
              : styles.point;
          const position = range
            ? { left: pct(left), top: pct(y(f.high!)), height: pct(y(f.low!) - y(f.high!)) }
            : { left: pct(left), top: pct(y(f.value ?? 0)) };
          const lines = describeFigure(f);
          return (
            <a
              key={f.claim.id}
              href={claimPath(f.claim)}
              className={`${styles.mark} ${kind}`}
              style={position}
              data-figure={f.claim.id}
            >
              <span className={styles.shape} aria-hidden="true" />
              <span className={`${styles.tip} ${left > 50 ? styles.tipLeft : ""}`} dir="auto" data-tip>
                {lines.map((line, i) => (
                  // Two lines may read the same (an outlet named like its speaker): keyed by place.
                  <span key={i} className={styles.tipLine}>
                    {line}
                  </span>
                ))}
              </span>
            </a>
          );
        })}
      </div>
      <figcaption className={styles.legend}>
        <span>
          <span className={`${styles.key} ${styles.point}`} aria-hidden="true">
            <span className={styles.shape} />
          </span>{" "}
          a value
        </span>
        <span>
          <span className={`${styles.key} ${styles.approx}`} aria-hidden="true">
            <span className={styles.shape} />
          </span>{" "}
          an approximate value
        </span>
        <span>
          <span className={`${styles.key} ${styles.band}`} aria-hidden="true">
            <span className={styles.shape} />
          </span>{" "}
          a range (low to high)
        </span>
        <span>Each mark links to its claim; hover or focus it for who said it, where and the scope.</span>
      </figcaption>
    </figure>
  );
}
