import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLIENT_IDLE_SOCKET_MS, DEPARTMENTS, createLogger, type Department } from '@zone/common';
import { insecurePlatformCaller } from '../auth/authenticate';
import { DEFAULT_SUPERGRAPH_PATH } from '../config';
import { createGateway } from '../gateway';

/** A department stand-in that answers every query with null data and keeps its connections alive. */
function department() {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.setHeader('content-type', 'application/json').end(JSON.stringify({ data: null, errors: [{ message: 'nothing here', extensions: { code: 'NOT_FOUND' } }] })));
  });
  server.keepAliveTimeout = 60_000;
  return {
    server,
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`))),
    /** Sockets open to it right now. */
    connections: () => new Promise<number>((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve(count)))),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const departments = Object.fromEntries(DEPARTMENTS.map((name) => [name, department()])) as Record<Department, ReturnType<typeof department>>;
afterAll(() => Promise.all(Object.values(departments).map((d) => d.close())));

// One lookup per department, each answered by its stand-in.
const LOOKUPS = `{
  enterprise(uscc: "91440300MA5FXXXX0X") { __typename }
  inventoryList(invtNo: "I-1") { __typename }
  taxBill(taxNo: "T-1") { __typename }
  payment(payCode: "P", payTransactionId: "T") { __typename }
  waybill(logisticsCode: "L", logisticsNo: "W-1") { __typename }
  identityCheck(serialNo: "S-1") { __typename }
}`;

describe('a stopping gateway', () => {
  it('closes its pool to every department once it has drained: no socket to a department is left open', async () => {
    const subgraphUrls = Object.fromEntries(await Promise.all(DEPARTMENTS.map(async (name) => [name, await departments[name].listen()]))) as Record<Department, string>;
    const gateway = createGateway({
      supergraphSdl: fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls,
      authenticate: insecurePlatformCaller,
      assertionKey: null,
      securityOff: true,
      log: createLogger('gateway', 'silent'),
    });
    const running = await gateway.listen(0);
    const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOOKUPS }) });
    expect(response.status).toBe(200);
    await response.text();
    const answered = performance.now();
    // Kept alive after the answer: each department holds the gateway's socket open.
    const openSockets = async (): Promise<Record<string, number>> => Object.fromEntries(await Promise.all(DEPARTMENTS.map(async (name) => [name, await departments[name].connections()] as const)));
    const open = await openSockets();
    expect(Object.keys(open).sort()).toEqual([...DEPARTMENTS].sort());
    expect(Object.values(open).every((count) => count > 0)).toBe(true);

    await running.close();
    // Each department sees its socket end a moment after the gateway closed it; left alone, the
    // pool would end it only once idle for CLIENT_IDLE_SOCKET_MS after the answer.
    let left = await openSockets();
    while (Object.values(left).some((count) => count > 0) && performance.now() - answered < CLIENT_IDLE_SOCKET_MS / 2) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      left = await openSockets();
    }
    expect(left).toEqual(Object.fromEntries(DEPARTMENTS.map((name) => [name, 0])));
  });
});
