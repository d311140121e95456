// `node check.cjs pg URL` / `node check.cjs redis URL`: exit 0 when the service answers within 3 s.
const net = require('node:net');

const [kind, url] = process.argv.slice(2);
const fail = () => process.exit(1);
setTimeout(fail, 3000).unref();

if (kind === 'pg') {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2500 });
  client
    .connect()
    .then(() => client.query('SELECT 1'))
    .then(() => client.end())
    .then(() => process.exit(0), fail);
} else if (kind === 'redis') {
  const { hostname, port, password } = new URL(url);
  const socket = net.connect(Number(port || 6379), hostname, () => {
    socket.write(password ? `AUTH ${decodeURIComponent(password)}\r\nPING\r\n` : 'PING\r\n');
  });
  socket.on('data', (data) => (data.toString().includes('+PONG') ? process.exit(0) : undefined));
  socket.on('error', fail);
} else {
  fail();
}
