import txt from "@/components/ui/text.module.css";
import { formatQuantity, quantityAsOf } from "@/lib/claims/format";
import type { QuantityDto } from "@/lib/claims/queries";
import { PreciseDateText } from "./precise-date";

/** A figure with everything needed to compare it: amount, as-of date and scope. */
export function QuantityFacts({ quantity }: { quantity: QuantityDto }) {
  const asOf = quantityAsOf(quantity);
  return (
    <dl className={txt.facts}>
      <dt>Figure</dt>
      <dd className={txt.figure}>{formatQuantity(quantity)}</dd>
      <dt>As of</dt>
      <dd>
        <PreciseDateText date={asOf} />
      </dd>
      {quantity.scopePlace && (
        <>
          <dt>Where</dt>
          <dd>{quantity.scopePlace}</dd>
        </>
      )}
      {quantity.scopePopulation && (
        <>
          <dt>Who is counted</dt>
          <dd>{quantity.scopePopulation}</dd>
        </>
      )}
      {quantity.scopeMethod && (
        <>
          <dt>Method</dt>
          <dd>{quantity.scopeMethod}</dd>
        </>
      )}
    </dl>
  );
}
