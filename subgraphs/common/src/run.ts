import type { RequestContextBase } from './server';
import { loadDepartmentConfig } from './config';
import { createDepartmentRuntime, type DepartmentDefinition, type DepartmentPrisma } from './department';
import { createLogger } from './logger';
import { loadJwkFile } from './keys';
import { loadAttestationKeyRing, signerOf } from './attestation/key-directory';
import { createFederatedApi, loadSystemKey, systemTokenSource } from './federated-api';
import { startTracing, traceServiceName, type TracingHandle } from './tracing';

/** Process entry point of a department's subgraph: config from the environment, listen, stop on a signal. */
export async function runDepartment<P extends DepartmentPrisma, C extends RequestContextBase>(definition: DepartmentDefinition<P, C>): Promise<void> {
  const log = createLogger(definition.department);
  let config;
  try {
    config = loadDepartmentConfig(definition.department, process.env);
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }
  // OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set, under the department's own service name.
  let tracing: TracingHandle | null = null;
  try {
    tracing = startTracing(definition.department);
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }
  if (tracing) log.info(`tracing on: spans exported over OTLP/HTTP as ${traceServiceName(definition.department)}`);
  const assertionKey = await loadJwkFile(config.assertionPublicKeyPath, 'ASSERTION_PUBLIC_KEY_PATH');
  const { gatewayUrl, systemKeyPath, issuer, audience } = config.federated;
  const federated = systemKeyPath
    ? createFederatedApi({
        department: definition.department,
        url: gatewayUrl,
        token: systemTokenSource({ department: definition.department, privateKey: await loadSystemKey(systemKeyPath), issuer, audience }),
      })
    : undefined;
  let attestationSigner = null;
  try {
    attestationSigner = config.attestationKeyPath ? signerOf(loadAttestationKeyRing(config.attestationKeyPath)) : null;
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }
  if (!attestationSigner) log.warn('ATTESTATION_KEY_PATH is not set: decisions are recorded without attestations');
  const runtime = createDepartmentRuntime(definition, { databaseUrl: config.databaseUrl, poolSize: config.poolSize, log, assertionKey, federated, attestationSigner, eventBus: config.eventBus });
  const running = await runtime.service.listen(config.port, config.host);
  await runtime.relay?.start();
  const stop = async (signal: string) => {
    log.info({ signal }, 'stopping');
    await running.close();
    await runtime.disconnect();
    await tracing?.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
