import { highlightParts, queryWords } from './highlight';

const marked = (text: string, query: string) =>
  highlightParts(text, query)
    .filter((part) => part.match)
    .map((part) => part.text);

describe('highlightParts', () => {
  it('marks the words of the query, accents and case aside, and keeps the original letters', () => {
    expect(marked('Des vélos en libre-service à Écully', 'VELOS ecully')).toEqual(['vélos', 'Écully']);
    expect(marked('Café offert', 'cafe')).toEqual(['Café']);
  });

  it('marks the whole words of the text that start with a word of the query', () => {
    expect(marked('Receipts by email', 'mail')).toEqual([]);
    expect(marked('Receipts by email', 'receipt')).toEqual(['Receipts']);
  });

  it('gives back the whole text, pieces in order, whatever matched', () => {
    const text = 'Paper receipts only on request';
    const parts = highlightParts(text, 'receipts request');
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts).toEqual([
      { text: 'Paper ', match: false },
      { text: 'receipts', match: true },
      { text: ' only on ', match: false },
      { text: 'request', match: true },
    ]);
  });

  it('treats markup in a query or a title as text', () => {
    expect(marked('<b>bold</b> idea', '<b>')).toEqual([]);
    expect(highlightParts('<img src=x onerror=alert(1)>', 'img').map((part) => part.text)).toEqual([
      '<',
      'img',
      ' src=x onerror=alert(1)>',
    ]);
  });

  it('ignores one-letter words and punctuation in the query', () => {
    expect(queryWords('a « vélo » !')).toEqual(['velo']);
    expect(highlightParts('A plan', 'a')).toEqual([{ text: 'A plan', match: false }]);
  });
});
