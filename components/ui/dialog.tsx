"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import { buttonClass } from "./button";
import styles from "./overlay.module.css";

/**
 * A confirmation dialog on Radix (focus trap, Escape, focus returned to the trigger, labelled by
 * its title and described by its description). `trigger` and `confirm` are the caller's own
 * buttons, so a confirm button can stay the submit button of a server-action form.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirm,
  cancelLabel = "Cancel",
}: {
  trigger: React.ReactNode;
  title: string;
  description: React.ReactNode;
  confirm: React.ReactNode;
  cancelLabel?: string;
}) {
  return (
    <RadixDialog.Root>
      <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content className={styles.dialog}>
          <RadixDialog.Title className={styles.title}>{title}</RadixDialog.Title>
          <RadixDialog.Description>{description}</RadixDialog.Description>
          <div className={styles.actions}>
            <RadixDialog.Close className={buttonClass("quiet")}>{cancelLabel}</RadixDialog.Close>
            {confirm}
          </div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
