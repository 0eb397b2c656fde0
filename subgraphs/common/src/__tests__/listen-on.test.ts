import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenOn } from '../keep-alive';

describe('listenOn: a server of the product starts listening, or says why not', () => {
  const servers: http.Server[] = [];
  afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

  it('resolves once the server listens', async () => {
    const server = http.createServer();
    servers.push(server);
    await listenOn(server, 0, '127.0.0.1');
    expect((server.address() as AddressInfo).port).toBeGreaterThan(0);
  });

  it('rejects naming the address when the port is taken, instead of leaving the process running without listening', async () => {
    const taken = http.createServer();
    servers.push(taken);
    await listenOn(taken, 0, '127.0.0.1');
    const port = (taken.address() as AddressInfo).port;
    const second = http.createServer();
    await expect(listenOn(second, port, '127.0.0.1')).rejects.toThrow(`Cannot listen on 127.0.0.1:${port}: EADDRINUSE`);
    expect(second.listening).toBe(false);
  });
});
