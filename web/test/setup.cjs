// jsdom lacks a few browser APIs that react-router and the app touch.
const util = require('node:util');

if (!globalThis.TextEncoder) globalThis.TextEncoder = util.TextEncoder;
if (!globalThis.TextDecoder) globalThis.TextDecoder = util.TextDecoder;
if (!globalThis.window.scrollTo) globalThis.window.scrollTo = () => undefined;
if (!globalThis.Element.prototype.scrollIntoView) globalThis.Element.prototype.scrollIntoView = () => undefined;
