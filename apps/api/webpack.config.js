module.exports = require('../../tools/webpack/node-app.cjs')('api');
