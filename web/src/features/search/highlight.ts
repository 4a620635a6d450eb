/** A piece of a text: `match` says whether it is one of the searched words. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** Lowercase, without accents: "Élan" and "elan" fold to the same letters, as the API's search does. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a query worth marking: letters and digits, two characters at least, folded, longest first. */
export function queryWords(query: string): string[] {
  const words = fold(query).match(/[\p{L}\p{N}]{2,}/gu) ?? [];
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/**
 * Cuts `text` into plain and matched parts: a word of the text matches when it starts with a word of the
 * query (stemmed search finds "vélos" for "velo"), accents and case aside. Pure text in, text out:
 * the caller renders `<mark>` elements, never HTML.
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const words = queryWords(query);
  if (!words.length || !text) return [{ text, match: false }];
  // The folded text, and for each folded character the index of the original character it came from.
  let folded = '';
  const origin: number[] = [];
  Array.from(text).reduce((offset, char) => {
    const letters = fold(char);
    for (let i = 0; i < letters.length; i += 1) {
      folded += letters[i];
      origin.push(offset);
    }
    return offset + char.length;
  }, 0);
  origin.push(text.length);

  const marked = new Array<boolean>(folded.length).fill(false);
  for (const word of words) {
    let from = folded.indexOf(word);
    while (from !== -1) {
      const startsWord = from === 0 || !/[\p{L}\p{N}]/u.test(folded[from - 1]);
      if (startsWord) {
        // The whole word: the API's stemmed search found "vélos" for "velo".
        let end = from + word.length;
        while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end])) end += 1;
        marked.fill(true, from, end);
      }
      from = folded.indexOf(word, from + 1);
    }
  }

  const parts: TextPart[] = [];
  let start = 0;
  for (let i = 1; i <= folded.length; i += 1) {
    if (i === folded.length || marked[i] !== marked[start]) {
      const piece = text.slice(origin[start], origin[i]);
      if (piece) parts.push({ text: piece, match: marked[start] });
      start = i;
    }
  }
  return parts.length ? parts : [{ text, match: false }];
}
