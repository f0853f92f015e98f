import styles from "./notice.module.css";

type Props = React.HTMLAttributes<HTMLElement> & { tone?: "info" | "ok" | "error"; as?: "p" | "div" };

/** A boxed message. Give it role="status" or role="alert" where it is announced. */
export function Notice({ tone = "info", as: Tag = "p", className, ...props }: Props) {
  return (
    <Tag className={[styles.notice, tone !== "info" && styles[tone], className].filter(Boolean).join(" ")} {...props} />
  );
}

export const noticeClass = (tone: "info" | "ok" | "error" = "info") =>
  [styles.notice, tone !== "info" && styles[tone]].filter(Boolean).join(" ");
