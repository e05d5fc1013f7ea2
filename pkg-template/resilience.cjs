// CommonJS flavour of `claude-resilience/resilience` (Node >= 20.19).
module.exports = require('./resilience.node.mjs');
