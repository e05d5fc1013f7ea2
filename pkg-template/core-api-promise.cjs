// CommonJS flavour of `claude-resilience/core/api-promise` (Node >= 20.19).
module.exports = require('./core-api-promise.node.mjs');
