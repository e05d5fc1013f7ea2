// `claude-resilience/core/error` (and `claude-resilience/error`), as `@anthropic-ai/sdk/core/error`:
// every error class, the very ones of the package's root (both import the one `errors.mjs`), so
// `instanceof` holds whichever a user imports. No module to instantiate: importing it is cheap.
import { errorClasses } from './errors.mjs';

export const { /* @ERROR_NAMES@ */ } = errorClasses;
