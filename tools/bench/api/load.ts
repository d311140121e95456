/** A minimal typing of the autocannon API the benchmark uses (the package ships no types). */
import { readFileSync } from 'node:fs';

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  /** CPU time of the server process per request answered, or null where /proc is missing. */
  cpuMsPerRequest: number | null;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

/** One connection of autocannon: what `setupClient` may change. */
interface AutocannonClient {
  setRequests(requests: AutocannonRequest[]): void;
}

type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: Array<{ setupRequest: (request: AutocannonRequest) => AutocannonRequest }>;
  setupClient?: (client: AutocannonClient) => void;
}) => Promise<AutocannonResult>;

const autocannon: Autocannon = require('autocannon');

export interface Scenario {
  name: string;
  url: string;
  /** The server process, for its CPU time. */
  pid?: number;
  headers?: Record<string, string>;
  /** Called per request: vary the path or body (e.g. another case id each time). */
  next?: (n: number) => AutocannonRequest;
  /** Called once per connection instead: connection k sends this request over and over. */
  perConnection?: (k: number) => AutocannonRequest;
}

/** User + system CPU time of a process in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export async function measure(
  scenario: Scenario,
  connections: number,
  duration: number,
  warmup: number,
): Promise<LoadResult> {
  let n = 0;
  // autocannon keeps the Content-Length it computed for the previous request in the headers it
  // passes on, and would send a GET after a POST with the POST's length and no body.
  const setupRequest = (request: AutocannonRequest) => {
    const { 'Content-Length': _previous, ...headers } = request.headers ?? {};
    return { ...request, headers, ...scenario.next?.(n++) };
  };
  const requests = scenario.next ? [{ setupRequest }] : undefined;
  const { perConnection } = scenario;
  const options = { url: scenario.url, connections, headers: scenario.headers, requests };
  // Numbered afresh for every run, so that connection k always sends the same request.
  const setup = () => {
    if (!perConnection) return undefined;
    let k = 0;
    return (client: AutocannonClient) => {
      const request = perConnection(k++);
      client.setRequests([{ ...request, headers: { ...scenario.headers, ...request.headers } }]);
    };
  };
  if (warmup > 0) await autocannon({ ...options, duration: warmup, setupClient: setup() });
  const cpuBefore = cpuMs(scenario.pid);
  const result = await autocannon({ ...options, duration, setupClient: setup() });
  const cpuAfter = cpuMs(scenario.pid);
  return {
    name: scenario.name,
    requestsPerSecond: result.requests.average,
    cpuMsPerRequest: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
