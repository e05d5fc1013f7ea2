// CommonJS flavour of `claude-resilience/core/streaming` (Node >= 20.19).
module.exports = require('./core-streaming.node.mjs');
