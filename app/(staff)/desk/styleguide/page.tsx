import type { Metadata } from "next";
import txt from "@/components/ui/text.module.css";
import { requirePermission } from "@/lib/auth/session";
import { SchemePanel } from "./scheme-panel";
import styles from "./styleguide.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Style guide" };

/** Every token and primitive in both schemes, side by side (docs/decisions/0009). Staff only. */
export default async function StyleguidePage() {
  await requirePermission("read:internal", "/desk/styleguide");
  return (
    <>
      <h1>Style guide</h1>
      <p className={txt.lede}>
        The tokens (app/styles/tokens.css) and primitives (components/ui) every page is built from, in the light and the
        dark scheme.
      </p>
      <div className={styles.schemes}>
        <SchemePanel scheme="light" />
        <SchemePanel scheme="dark" />
      </div>
    </>
  );
}
