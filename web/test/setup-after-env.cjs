// jest-dom's matchers (toBeInTheDocument, toHaveAccessibleName, toBeDisabled…) on every test's expect.
require('@testing-library/jest-dom');

// findBy*/waitFor give up after 1 s by default: on a 2-core machine busy with the API's tests a
// render can take longer, and a test that waits for what will appear should not fail for that.
require('@testing-library/react').configure({ asyncUtilTimeout: 5000 });

// The app loads each language's words on demand (src/i18n/translate.ts); tests have both from the start.
const { registerDictionary } = require('../src/i18n/translate');
registerDictionary('en', require('../src/i18n/en.json'));
registerDictionary('fr', require('../src/i18n/fr.json'));
