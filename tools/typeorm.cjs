// The TypeORM CLI over migrations/data-source.ts: `npm run db:migrate`, `db:revert`,
// `db:generate -- migrations/Name` (the file is named after the class).
require('./register.cjs');
const [command, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], 'typeorm', command, '-d', require.resolve('../migrations/data-source.ts'), ...rest];
require('typeorm/cli.js');
