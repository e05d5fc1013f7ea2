// CommonJS flavour of `claude-resilience/helpers/zod` (Node >= 20.19).
module.exports = require('./helpers-zod.mjs');
