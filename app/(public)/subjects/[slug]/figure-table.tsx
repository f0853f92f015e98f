import Link from "next/link";
import { PreciseDateText } from "@/components/precise-date";
import { StatusBadge } from "@/components/status-badge";
import { Table } from "@/components/ui/table";
import { formatQuantity } from "@/lib/claims/format";
import { claimPath, personPath } from "@/lib/claims/paths";
import type { SubjectMeasure } from "@/lib/subjects/queries";

/** The chart's data as a table: the same figures, readable without the chart. */
export function FigureTable({ measure }: { measure: SubjectMeasure }) {
  return (
    <Table label={`Figures of “${measure.name}”`}>
      <caption>Figures of “{measure.name}”, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">As of</th>
          <th scope="col">Figure</th>
          <th scope="col">Scope</th>
          <th scope="col">Said by</th>
          <th scope="col">Source</th>
          <th scope="col">Claim</th>
        </tr>
      </thead>
      <tbody>
        {measure.figures.map((f) => (
          <tr key={f.claim.id} data-figure-row={f.claim.id}>
            <td>
              <PreciseDateText date={f.asOf} />
            </td>
            <td>
              {formatQuantity(f)}
              {f.value == null ? " (range)" : ""}
            </td>
            <td dir="auto">{[f.scopePlace, f.scopePopulation].filter(Boolean).join("; ") || "—"}</td>
            <td>
              {f.speaker ? (
                <Link href={personPath(f.speaker)} dir="auto">
                  {f.speaker.name}
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td>{f.outlets.join(", ") || "—"}</td>
            <td>
              <StatusBadge status={f.claim.status} />{" "}
              <Link href={claimPath(f.claim)} dir="auto">
                {f.claim.statement}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
