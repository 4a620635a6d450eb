import { detailLines } from './auditDetails';

describe('detailLines', () => {
  it('shows a before/after pair as one line per changed setting', () => {
    expect(detailLines(JSON.stringify({ before: { name: 'Lab', access: 'OPEN' }, after: { access: 'INVITE_ONLY' } }))).toEqual([
      { key: 'access', value: 'OPEN → INVITE_ONLY' },
    ]);
  });

  it('flattens nested objects and joins lists', () => {
    expect(
      detailLines(JSON.stringify({ email: 'a@b.c', counts: { created: 3, updated: 1 }, spaces: ['lab', 'beta'], note: null })),
    ).toEqual([
      { key: 'email', value: 'a@b.c' },
      { key: 'counts.created', value: '3' },
      { key: 'counts.updated', value: '1' },
      { key: 'spaces', value: 'lab, beta' },
      { key: 'note', value: '—' },
    ]);
  });

  it('keeps what is not a JSON object readable, and shows nothing for an empty object', () => {
    expect(detailLines('not json')).toEqual([{ key: '', value: 'not json' }]);
    expect(detailLines('42')).toEqual([{ key: '', value: '42' }]);
    expect(detailLines('{}')).toEqual([]);
  });
});
