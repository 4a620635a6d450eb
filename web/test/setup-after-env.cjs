// jest-dom's matchers (toBeInTheDocument, toHaveAccessibleName, toBeDisabled…) on every test's expect.
require('@testing-library/jest-dom');

// findBy*/waitFor give up after 1 s by default: on a 2-core machine busy with the API's tests a
// render can take longer, and a test that waits for what will appear should not fail for that.
require('@testing-library/react').configure({ asyncUtilTimeout: 5000 });

// The app loads each language's words on demand (src/i18n/translate.ts); tests have both from the start.
const { registerDictionary } = require('../src/i18n/translate');
registerDictionary('en', require('../src/i18n/en.json'));
registerDictionary('fr', require('../src/i18n/fr.json'));

// Features keep their words next to them (defineWords in src/i18n/words.ts), loaded with their pages; tests
// have every feature's words, in both languages, before they render.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const src = join(__dirname, '../src');
const featureWords = readdirSync(src, { recursive: true })
  .filter((file) => /\.ts$/.test(file) && !/\.spec\.ts$/.test(file))
  .filter((file) => /^export default defineWords|= defineWords</m.test(readFileSync(join(src, file), 'utf8')))
  .map((file) => require(join(src, file)).default);
/* global beforeAll -- Jest’s, as in every test file */
beforeAll(() => Promise.all(featureWords.flatMap((words) => [words.load('en'), words.load('fr')])));
