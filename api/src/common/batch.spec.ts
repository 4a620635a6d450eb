import { itself, manyByKey, oneByKey } from './batch';

describe('DataLoader batches', () => {
  const rows = [
    { id: 'b', parent: 'x' },
    { id: 'a', parent: 'y' },
    { id: 'c', parent: 'x' },
  ];

  it('answers one value per key, in the keys’ order, with a stand-in for missing keys', () => {
    expect(
      oneByKey(
        ['a', 'z', 'b'],
        rows,
        (row) => row.id,
        null,
        (row) => row.parent,
      ),
    ).toEqual(['y', null, 'x']);
  });

  it('groups rows under their key, keeping their order', () => {
    expect(manyByKey(['x', 'y', 'z'], rows, (row) => row.parent, itself).map((group) => group.map((row) => row.id))).toEqual([
      ['b', 'c'],
      ['a'],
      [],
    ]);
  });
});
