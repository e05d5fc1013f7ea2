// CommonJS flavour of `claude-resilience/lib/MessageStream` (Node >= 20.19).
module.exports = require('./lib-message-stream.node.mjs');
