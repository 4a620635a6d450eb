import { highlightParts } from './highlight';
import styles from './Search.module.css';

/** `text` with the words of `query` marked; plain React text nodes, so nothing in it is ever parsed as HTML. */
export function Highlight({ text, query }: { text: string; query: string | null | undefined }) {
  if (!query) return <>{text}</>;
  return (
    <>
      {highlightParts(text, query).map((part, index) =>
        part.match ? (
          <mark key={index} className={styles.mark}>
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
