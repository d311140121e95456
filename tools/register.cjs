// Runs the repository's TypeScript (tools, migrations) under Node with decorators and the
// @ibd/* path aliases of tsconfig.base.json.
const path = require('node:path');
const tsconfig = require('../tsconfig.base.json');

process.env.SWC_NODE_PROJECT = path.join(__dirname, 'tsconfig.json');
require('@swc-node/register');
require('tsconfig-paths').register({ baseUrl: path.join(__dirname, '..'), paths: tsconfig.compilerOptions.paths });
