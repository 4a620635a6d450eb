import { DICTIONARIES, type Message } from '../../i18n/translate';
import english from './i18n/en.json';
import french from './i18n/fr.json';

const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1])))].sort();
};

describe('the console’s dictionaries', () => {
  const en = english as Record<string, Message>;
  const fr = french as Record<string, Message>;

  it('have the same keys and placeholders in English and French, none empty, none shadowing the app’s', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect({ key, names: placeholders(fr[key]!) }).toEqual({ key, names: placeholders(en[key]!) });
      expect({ key, plural: typeof fr[key] === 'object' }).toEqual({ key, plural: typeof en[key] === 'object' });
      for (const text of [en[key]!, fr[key]!].flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message))))
        expect({ key, empty: !text?.trim() }).toEqual({ key, empty: false });
      expect({ key, inShell: key in (DICTIONARIES.en ?? {}) }).toEqual({ key, inShell: false });
    }
  });

  it('keep every key under admin.', () => {
    expect(Object.keys(en).filter((key) => !key.startsWith('admin.'))).toEqual([]);
  });
});
