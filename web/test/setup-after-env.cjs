// jest-dom's matchers (toBeInTheDocument, toHaveAccessibleName, toBeDisabled…) on every test's expect.
require('@testing-library/jest-dom');
