import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_PORTS, DEPARTMENTS, portVariableOf } from '@zone/common';
import { subgraphUrlVariableOf } from '../gateway/src/config';

const ROOT = path.join(__dirname, '..');

interface Service {
  container_name?: string;
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  profiles?: string[];
}
const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;

/** Every environment variable name the product's code reads (process.env.X or env.X), in every source folder. */
function variablesReadByCode(): Set<string> {
  const names = new Set<string>();
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return ['__tests__', 'generated', 'node_modules', 'demo'].includes(entry.name) ? [] : sources(full);
      return entry.name.endsWith('.ts') ? [full] : [];
    });
  const roots = ['gateway/src', 'scripts', ...fs.readdirSync(path.join(ROOT, 'subgraphs')).map((d) => `subgraphs/${d}/src`)];
  for (const file of roots.flatMap((dir) => sources(path.join(ROOT, dir)))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:process\.env|env)\.([A-Z][A-Z0-9_]+)/g)) names.add(match[1]!);
  }
  return names;
}

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, migrations, the six departments and the gateway', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'migrate', 'gateway', ...DEPARTMENTS]));
  });

  it.each(DEPARTMENTS)('starts %s on its port with its database, key and a health check', (department) => {
    const service = services[department]!;
    const port = String(DEFAULT_PORTS[department]);
    expect(service.command).toEqual(['node', '--import', 'tsx', `subgraphs/${department}/src/main.ts`]);
    expect(fs.existsSync(path.join(ROOT, 'subgraphs', department, 'src', 'main.ts'))).toBe(true);
    expect(service.environment?.[portVariableOf(department)]).toBe(port);
    expect(service.environment?.HOST).toBe('0.0.0.0');
    expect(service.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/.+@postgres:5432\//);
    expect(service.environment?.ID_HASH_KEY).toMatch(/\$\{ID_HASH_KEY:\?/);
    expect(service.expose).toEqual([port]);
    expect(service.healthcheck?.test.join(' ')).toContain(`127.0.0.1:${port}/health`);
    expect(service.depends_on?.migrate?.condition).toBe('service_completed_successfully');
    expect(service.environment?.ASSERTION_PUBLIC_KEY_PATH).toBe('/run/keys/assertion-public.jwk.json');
    expect(service.volumes).toContain('./keys:/run/keys:ro');
  });

  it.each(DEPARTMENTS)('lets %s call the federated API as its own system, with its own key', (department) => {
    const environment = services[department]!.environment;
    expect(environment?.GATEWAY_URL).toBe('http://gateway:4000/graphql');
    expect(environment?.SYSTEM_KEY_PATH).toBe(`/run/keys/system-${department}-private.jwk.json`);
    expect(environment?.JWT_ISSUER).toMatch(/^\$\{JWT_ISSUER:\?/);
  });

  it('points the gateway at every department and waits until each is healthy', () => {
    const gateway = services.gateway!;
    expect(gateway.environment?.PORT).toBe('4000');
    for (const department of DEPARTMENTS) {
      expect(gateway.environment?.[subgraphUrlVariableOf(department)]).toBe(`http://${department}:${DEFAULT_PORTS[department]}/graphql`);
      expect(gateway.depends_on?.[department]?.condition).toBe('service_healthy');
    }
    expect(gateway.healthcheck?.test.join(' ')).toContain('/ready');
  });

  it('gives the gateway the token issuer keys and the assertion key, and keeps them out of the image', () => {
    const gateway = services.gateway!;
    expect(gateway.environment?.JWKS_PATH).toBe('/run/keys/jwks.json');
    expect(gateway.environment?.JWT_ISSUER).toMatch(/^\$\{JWT_ISSUER:\?/);
    expect(gateway.environment?.ASSERTION_KEY_PATH).toBe('/run/keys/assertion-private.jwk.json');
    expect(gateway.volumes).toContain('./keys:/run/keys:ro');
    expect(gateway.environment?.AUDIT_DATABASE_URL).toMatch(/^postgresql:\/\/.+@postgres:5432\//);
  });

  it('lets the gateway be scaled to three replicas: no fixed container name, a host port for each', () => {
    const gateway = services.gateway!;
    expect(gateway.container_name).toBeUndefined();
    expect(gateway.ports).toHaveLength(1);
    // "<first>-<last>:<container port>": compose gives each replica one host port of the range.
    const mapping = /^(\d+)-(\d+):(\d+)$/.exec(gateway.ports![0]!);
    expect(mapping).not.toBeNull();
    const [first, last, container] = mapping!.slice(1).map(Number) as [number, number, number];
    expect(first).toBe(4000);
    expect(last - first + 1).toBeGreaterThanOrEqual(3);
    expect(container).toBe(Number(gateway.environment?.PORT));
    // No other service publishes a host port of the range.
    const others = Object.entries(services).filter(([name]) => name !== 'gateway').flatMap(([, service]) => service.ports ?? []);
    for (const port of others.map((p) => Number(p.split(':')[0]))) expect(port >= first && port <= last).toBe(false);
  });

  it('shares rate-limit counters through Redis under one key prefix, and the gateway waits for Redis', () => {
    const gateway = services.gateway!;
    expect(gateway.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(gateway.environment?.REDIS_KEY_PREFIX).toBe('${REDIS_KEY_PREFIX:-zone-gateway}');
    expect(gateway.depends_on?.redis?.condition).toBe('service_healthy');
    expect(services.redis?.healthcheck?.test.join(' ')).toContain('redis-cli ping');
    expect(fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')).toMatch(/^keys$/m);
  });

  it.each(DEPARTMENTS)('lets %s publish its committed events on the Redis channel the gateway listens on', (department) => {
    const environment = services[department]!.environment;
    expect(environment?.REDIS_URL).toBe(services.gateway!.environment?.REDIS_URL);
    expect(environment?.REDIS_KEY_PREFIX).toBe(services.gateway!.environment?.REDIS_KEY_PREFIX);
  });

  it('waits for a healthy PostgreSQL before migrating and keeps no secret in the file', () => {
    expect(services.migrate?.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(services.postgres?.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(services.postgres?.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
  });

  it('lets every service export traces to the optional Jaeger of profile tracing', () => {
    for (const name of ['gateway', ...DEPARTMENTS]) expect(services[name]!.environment?.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('${OTEL_EXPORTER_OTLP_ENDPOINT:-}');
    expect(services.jaeger?.profiles).toEqual(['tracing']);
  });

  it('sets only variables the code reads (third-party images aside)', () => {
    const read = variablesReadByCode();
    const set = new Set(Object.entries(services).filter(([name]) => !['postgres', 'redis', 'jaeger'].includes(name)).flatMap(([, s]) => Object.keys(s.environment ?? {})));
    const perDepartment = new Set(DEPARTMENTS.flatMap((d) => [portVariableOf(d), subgraphUrlVariableOf(d)]));
    for (const name of set) expect(read.has(name) || perDepartment.has(name)).toBe(true);
  });
});

describe('README', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('documents every environment variable the code reads', () => {
    const missing = [...variablesReadByCode()].filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('gives the command that runs the product and the one that runs the tests', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
