// CommonJS flavour of `claude-resilience/helpers/json-schema` (Node >= 20.19).
module.exports = require('./helpers-json-schema.mjs');
