// The webpack build of a Node app of this repo (api, worker): one bundle, node_modules external,
// no type-checking here (npm run typecheck does that).
const { join } = require('node:path');
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');

module.exports = (appName) => ({
  output: { path: join(__dirname, '../../dist/apps', appName), clean: true },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      skipTypeChecking: true,
      sourceMap: true,
    }),
  ],
});
