import type { HTMLAttributes, ReactNode } from 'react';

import styles from './Card.module.css';

interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'article' | 'section' | 'div' | 'li';
  interactive?: boolean;
  children: ReactNode;
}

export function Card({ as: Tag = 'div', interactive = false, className, children, ...rest }: CardProps) {
  return (
    <Tag className={[styles.card, interactive && styles.interactive, className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </Tag>
  );
}
