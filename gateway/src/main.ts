import fs from 'node:fs';
import { createLogger } from '@zone/common';
import { loadGatewayConfig } from './config';
import { createGateway } from './gateway';

async function main(): Promise<void> {
  const log = createLogger('gateway');
  let config;
  try {
    config = loadGatewayConfig(process.env, process.argv.slice(2));
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }
  const supergraphSdl = fs.readFileSync(config.supergraphPath, 'utf8');
  const gateway = createGateway({ supergraphSdl, subgraphUrls: config.subgraphUrls, subgraphTimeoutMs: config.subgraphTimeoutMs, log });
  const running = await gateway.listen(config.port, config.host);
  log.info({ supergraph: config.supergraphPath }, `GraphQL endpoint ${running.url}`);
  const stop = async (signal: string) => {
    log.info({ signal }, 'stopping');
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

void main();
