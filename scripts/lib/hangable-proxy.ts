import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface HangableProxy {
  /** The target URL with the proxy's port in place of the target's. */
  url: string;
  /** From now on connections are accepted and never answered, as by a stopped (SIGSTOP) process; open ones are cut. */
  hang: () => void;
  /** Forwards again; connections held while hanging are closed. */
  resume: () => void;
  close: () => Promise<void>;
}

/**
 * A TCP proxy in front of one server, which a test can make hang: the way a department looks to
 * the gateway when its process is stopped but its port still accepts connections.
 */
export async function startHangableProxy(targetUrl: string): Promise<HangableProxy> {
  const target = new URL(targetUrl);
  let hanging = false;
  const held = new Set<net.Socket>();
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    client.on('error', () => undefined);
    if (hanging) {
      held.add(client);
      client.on('close', () => held.delete(client));
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    open.add(client);
    client.on('close', () => open.delete(client));
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(targetUrl);
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    hang: () => {
      hanging = true;
      for (const socket of open) socket.destroy();
    },
    resume: () => {
      hanging = false;
      for (const socket of held) socket.destroy();
    },
    close: async () => {
      for (const socket of [...open, ...held]) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
