// CommonJS flavour of `claude-resilience/core/error` (Node >= 20.19).
module.exports = require('./core-error.mjs');
