import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * `npm run bench:web`: how soon the first screen (the login page) is usable on localhost. Serves the
 * built client (dist/apps/web/browser, `npx nx build web` first) from a plain static server, opens
 * it in Debian's Chromium with an empty cache BENCH_RUNS times, and prints, per run and as the
 * median, the first contentful paint and the moment the login form can be typed into.
 */
const ROOT = join(__dirname, '../../..');
const DIST = join(ROOT, 'dist/apps/web/browser');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    const file = join(DIST, path);
    const target = existsSync(file) && statSync(file).isFile() ? file : join(DIST, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('no built client: run `npx nx build web` first');
  const server = await serve();
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/login`;
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const paints: number[] = [];
  const usable: number[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const context = await browser.newContext({ locale: 'bg-BG' });
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(url);
      await page.getByTestId('login-username').fill('x');
      usable.push(Date.now() - started);
      paints.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) =>
              new PerformanceObserver((list) => {
                const paint = list.getEntriesByName('first-contentful-paint')[0];
                if (paint) resolve(paint.startTime);
              }).observe({ type: 'paint', buffered: true }),
            ),
        ),
      );
      process.stdout.write(
        `run ${run}: first contentful paint ${paints.at(-1)?.toFixed(0)} ms, login form usable ${usable.at(-1)} ms\n`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(
    `median of ${RUNS}: first contentful paint ${median(paints).toFixed(0)} ms, login form usable ${median(usable)} ms (target ≤ 1000 ms)\n`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`bench:web failed: ${error.message}\n`);
  process.exit(1);
});
