import styles from "./card.module.css";

type Props = React.HTMLAttributes<HTMLElement> & { as?: "div" | "article" | "section" | "li" };

export function Card({ as: Tag = "div", className, ...props }: Props) {
  return <Tag className={[styles.card, className].filter(Boolean).join(" ")} {...props} />;
}

export const cardClass = styles.card;
