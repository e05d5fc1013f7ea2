// CommonJS flavour of `claude-resilience/resources/messages` (Node >= 20.19).
module.exports = require('./resources-messages.node.mjs');
