"use client";

import * as RadixPopover from "@radix-ui/react-popover";
import styles from "./overlay.module.css";

/** A small panel opened by its trigger (chart tooltips, "what does this mean"), on Radix. */
export function Popover({
  trigger,
  label,
  children,
}: {
  trigger: React.ReactNode;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <RadixPopover.Root>
      <RadixPopover.Trigger asChild>{trigger}</RadixPopover.Trigger>
      <RadixPopover.Portal>
        <RadixPopover.Content className={styles.popover} aria-label={label} sideOffset={6} collisionPadding={12}>
          {children}
          <RadixPopover.Arrow className={styles.arrow} />
        </RadixPopover.Content>
      </RadixPopover.Portal>
    </RadixPopover.Root>
  );
}
