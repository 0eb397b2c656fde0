import http from 'node:http';
import { CLIENT_IDLE_SOCKET_MS, SERVER_HEADERS_TIMEOUT_MS, SERVER_KEEP_ALIVE_TIMEOUT_MS, applyServerKeepAlive } from '../keep-alive';

describe('keep-alive between the services of the product', () => {
  it('lets clients drop idle sockets long before servers close them (Node defaults: 4 s against 5 s)', () => {
    expect(SERVER_KEEP_ALIVE_TIMEOUT_MS - CLIENT_IDLE_SOCKET_MS).toBeGreaterThanOrEqual(30_000);
    // Load balancers commonly drop idle connections after 60 s: the server must not close first.
    expect(SERVER_KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    expect(SERVER_HEADERS_TIMEOUT_MS).toBeGreaterThan(SERVER_KEEP_ALIVE_TIMEOUT_MS);
  });

  it('gives a server those times, replacing Node\'s 5 s default', () => {
    const server = http.createServer();
    expect(server.keepAliveTimeout).toBe(5000);
    applyServerKeepAlive(server);
    expect(server.keepAliveTimeout).toBe(SERVER_KEEP_ALIVE_TIMEOUT_MS);
    expect(server.headersTimeout).toBe(SERVER_HEADERS_TIMEOUT_MS);
  });
});
