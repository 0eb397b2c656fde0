/**
 * Process entry of the plain @apollo/gateway (plain-gateway.ts), started by the benchmark
 * (startPlainGatewayProcess). Its one argument is the configuration as JSON:
 * { "port", "supergraphPath", "subgraphUrls": { "<department>": "<url>" }, "assertionKeyPath" }.
 * Prints PLAIN_GATEWAY_LISTENING once it listens; Apollo Server stops it on SIGTERM and SIGINT.
 */
import fs from 'node:fs';
import { importJWK, type JWK, type KeyLike } from 'jose';
import { DEPARTMENTS, type Department } from '../../subgraphs/common/src/caller';
import { PLAIN_GATEWAY_LISTENING, createPlainGateway, listenPlainGateway } from './plain-gateway';

interface PlainGatewayConfig {
  port: number;
  supergraphPath: string;
  subgraphUrls: Record<Department, string>;
  assertionKeyPath: string;
}

function parseConfig(argument: string | undefined): PlainGatewayConfig {
  if (!argument) throw new Error('plain gateway: expected its configuration as one JSON argument');
  const config = JSON.parse(argument) as Partial<PlainGatewayConfig>;
  if (!Number.isInteger(config.port) || config.port! <= 0) throw new Error('plain gateway: "port" must be a positive integer');
  if (typeof config.supergraphPath !== 'string') throw new Error('plain gateway: "supergraphPath" must be a file path');
  if (typeof config.assertionKeyPath !== 'string') throw new Error('plain gateway: "assertionKeyPath" must be a file path');
  const missing = DEPARTMENTS.filter((d) => typeof config.subgraphUrls?.[d] !== 'string');
  if (missing.length) throw new Error(`plain gateway: "subgraphUrls" has no URL for ${missing.join(', ')}`);
  return config as PlainGatewayConfig;
}

async function main(): Promise<void> {
  const config = parseConfig(process.argv[2]);
  const assertionKey = (await importJWK(JSON.parse(fs.readFileSync(config.assertionKeyPath, 'utf8')) as JWK, 'ES256')) as KeyLike;
  const server = createPlainGateway({ supergraphSdl: fs.readFileSync(config.supergraphPath, 'utf8'), subgraphUrls: config.subgraphUrls, assertionKey });
  const url = await listenPlainGateway(server, '127.0.0.1', config.port);
  console.log(`${PLAIN_GATEWAY_LISTENING} at ${url}`);
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
