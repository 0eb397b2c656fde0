import { demoTokenRefusal, type DemoTokenRequest } from '../demo-tokens';

const LOCAL: DemoTokenRequest = { peerAddress: '127.0.0.1', headers: { host: '127.0.0.1:4000' } };
const withHeaders = (headers: DemoTokenRequest['headers'], peerAddress = '127.0.0.1'): DemoTokenRequest => ({ peerAddress, headers: { host: '127.0.0.1:4000', ...headers } });

describe('who may mint a demo token', () => {
  it.each<[string, DemoTokenRequest]>([
    ['a tool on this machine (no Origin)', LOCAL],
    ['the page the gateway served, same origin', withHeaders({ origin: 'http://127.0.0.1:4000', 'sec-fetch-site': 'same-origin' })],
    ['a browser at localhost', { peerAddress: '::1', headers: { host: 'localhost:4000', origin: 'http://localhost:4000' } }],
    ['an IPv4 peer seen through an IPv6 socket', { peerAddress: '::ffff:127.0.0.1', headers: { host: '[::1]:4000' } }],
  ])('mints for %s', (_name, request) => {
    expect(demoTokenRefusal(request)).toBeNull();
  });

  it.each<[string, DemoTokenRequest, RegExp]>([
    ['a peer on the network (HOST=0.0.0.0)', withHeaders({}, '192.168.1.20'), /loopback/],
    ['an unknown peer', { peerAddress: undefined, headers: { host: '127.0.0.1:4000' } }, /loopback/],
    ['a request through a proxy on this machine (X-Forwarded-For)', withHeaders({ 'x-forwarded-for': '203.0.113.9' }), /proxy/],
    ['a request through a proxy on this machine (Forwarded)', withHeaders({ forwarded: 'for=203.0.113.9' }), /proxy/],
    ['a DNS-rebinding page (Host is another name)', { peerAddress: '127.0.0.1', headers: { host: 'evil.example:4000' } }, /localhost/],
    ['a request without Host', { peerAddress: '127.0.0.1', headers: {} }, /localhost/],
    ['a page on another localhost port, which /graphql\'s CORS lets in under npm start', withHeaders({ origin: 'http://127.0.0.1:5173' }), /own pages/],
    ['a page of another site', withHeaders({ origin: 'https://evil.example' }), /own pages/],
    ['a cross-site fetch without Origin', withHeaders({ 'sec-fetch-site': 'cross-site' }), /own pages/],
  ])('refuses %s', (_name, request, reason) => {
    expect(demoTokenRefusal(request)).toMatch(reason);
  });
});
