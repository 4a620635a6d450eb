import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The console's dictionaries' completeness and placeholders are checked with every feature's (src/i18n/i18n.spec.ts).
describe('the console’s dictionaries', () => {
  it('keep every key under admin.', () => {
    const dir = join(__dirname, 'i18n');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThan(2);
    const keys = files.flatMap((file) => Object.keys(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object));
    expect(keys.filter((key) => !key.startsWith('admin.'))).toEqual([]);
  });
});
