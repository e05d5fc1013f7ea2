// CommonJS entry: Node >= 20.19 can require() an ES module that has no top-level await.
module.exports = require('./node.mjs');
