import { Fragment, type ReactNode } from 'react';

import type { Vars } from './translate';

const MARK = '\u0000';

/**
 * A translated sentence with elements in it (a link for a name): the dictionary keeps the whole
 * sentence, so word order stays right in every language. `nodes` fill the placeholders of the same name.
 */
export function rich<Key extends string>(
  t: (key: Key, vars?: Vars) => string,
  key: NoInfer<Key>,
  nodes: Record<string, ReactNode>,
  vars: Vars = {},
): ReactNode {
  const marks = Object.fromEntries(Object.keys(nodes).map((name) => [name, `${MARK}${name}${MARK}`]));
  const text = t(key, { ...vars, ...marks });
  const pieces = text.split(new RegExp(`${MARK}(\\w+)${MARK}`));
  return pieces.map((piece, index) => <Fragment key={index}>{index % 2 === 1 ? nodes[piece] : piece}</Fragment>);
}
