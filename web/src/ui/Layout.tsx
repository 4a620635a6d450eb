import type { HTMLAttributes, ReactNode } from 'react';

import styles from './Layout.module.css';

/** A step of the spacing scale (tokens.css `--rc-space-1` … `--rc-space-7`). */
export type Space = 1 | 2 | 3 | 4 | 5 | 6 | 7;
type Align = 'start' | 'center' | 'end' | 'baseline';
type Justify = 'between' | 'end';
type LayoutElement = 'div' | 'section' | 'article' | 'header' | 'footer';

interface LayoutProps extends HTMLAttributes<HTMLElement> {
  as?: LayoutElement;
  gap?: Space;
  align?: Align;
  children?: ReactNode;
}

const ALIGN: Record<Align, string | undefined> = {
  start: styles.alignStart,
  center: styles.alignCenter,
  end: styles.alignEnd,
  baseline: styles.alignBaseline,
};
const JUSTIFY: Record<Justify, string | undefined> = { between: styles.justifyBetween, end: styles.justifyEnd };
const GAP: Record<Space, string | undefined> = {
  1: styles.gap1,
  2: styles.gap2,
  3: styles.gap3,
  4: styles.gap4,
  5: styles.gap5,
  6: styles.gap6,
  7: styles.gap7,
};

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** Children one under the other, `gap` apart. */
export function Stack({ as: Tag = 'div', gap = 3, align, className, ...rest }: LayoutProps) {
  return <Tag className={classes(styles.stack, GAP[gap], align && ALIGN[align], className)} {...rest} />;
}

interface ClusterProps extends LayoutProps {
  justify?: Justify;
  /** On a phone each child takes a whole row (form buttons). */
  stackOnPhone?: boolean;
}

/** Children side by side, wrapping onto the next line when the row is full. */
export function Cluster({ as: Tag = 'div', gap = 2, align, justify, stackOnPhone, className, ...rest }: ClusterProps) {
  return (
    <Tag
      className={classes(
        styles.cluster,
        GAP[gap],
        align && ALIGN[align],
        justify && JUSTIFY[justify],
        stackOnPhone && styles.stackOnPhone,
        className,
      )}
      {...rest}
    />
  );
}

/** A section of a page set apart by a rule above it, its content stacked. */
export function PageSection({ className, gap = 3, ...rest }: Omit<LayoutProps, 'as'>) {
  return <Stack as="section" gap={gap} className={classes(styles.section, className)} {...rest} />;
}
