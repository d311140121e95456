// Prints the totals of `npm test`: each check step counts as one, plus every jest and Playwright
// test. The last line is "N passed, N failed".
const { existsSync, readFileSync } = require('node:fs');

const [stepsFile, jestFile, e2eFile] = process.argv.slice(2);
const rows = [];

for (const line of readFileSync(stepsFile, 'utf8').split('\n').filter(Boolean)) {
  const [name, status] = line.split('\t');
  rows.push({ suite: name, passed: status === 'ok' ? 1 : 0, failed: status === 'ok' ? 0 : 1 });
}

if (existsSync(jestFile)) {
  const jest = JSON.parse(readFileSync(jestFile, 'utf8'));
  rows.push({
    suite: 'jest (unit + integration)',
    passed: jest.numPassedTests,
    failed: jest.numFailedTests + jest.numRuntimeErrorTestSuites,
  });
} else {
  rows.push({ suite: 'jest (unit + integration): no results', passed: 0, failed: 1 });
}

if (existsSync(e2eFile)) {
  const { stats } = JSON.parse(readFileSync(e2eFile, 'utf8'));
  rows.push({
    suite: 'browser (Playwright, Chromium)',
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
  });
} else {
  rows.push({ suite: 'browser (Playwright, Chromium): no results', passed: 0, failed: 1 });
}

for (const row of rows) {
  console.log(`${row.failed ? 'FAIL' : 'ok  '}  ${row.suite}: ${row.passed} passed, ${row.failed} failed`);
}
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
