// The webpack build of a Node app of this repo (api, worker): one bundle of the app and its libs,
// node_modules left external, no type-checking here (npm run typecheck does that).
const { join } = require('node:path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = join(__dirname, '../..');

module.exports = (appName) => ({
  mode: 'production',
  target: 'node20',
  context: join(root, 'apps', appName),
  entry: './src/main.ts',
  output: { path: join(root, 'dist/apps', appName), filename: 'main.js', clean: true },
  devtool: 'source-map',
  optimization: { minimize: false, nodeEnv: false },
  externalsPresets: { node: true },
  externals: [nodeExternals({ modulesDir: join(root, 'node_modules') })],
  resolve: {
    extensions: ['.ts', '.js'],
    plugins: [new TsconfigPathsPlugin({ configFile: join(root, 'apps', appName, 'tsconfig.app.json') })],
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: { transpileOnly: true, configFile: join(root, 'apps', appName, 'tsconfig.app.json') },
      },
    ],
  },
});
