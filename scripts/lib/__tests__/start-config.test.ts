import { loadStartPorts, parseReplicaPorts, type ReservedPort } from '../start-config';

const reserved: ReservedPort[] = [
  { port: 4000, owner: "the main gateway's (PORT)" },
  { port: 4001, owner: "the commerce department's (COMMERCE_PORT)" },
];

describe('GATEWAY_REPLICA_PORTS', () => {
  it.each<[string | undefined, number[]]>([
    [undefined, []],
    ['', []],
    ['   ', []],
    ['4100', [4100]],
    ['4100,4200', [4100, 4200]],
    [' 4100 , 4200 ,4300', [4100, 4200, 4300]],
    ['1,65535', [1, 65535]],
  ])('%p gives the replicas %p', (raw, ports) => {
    expect(parseReplicaPorts(raw, reserved)).toEqual(ports);
  });

  it.each([
    ['41x0', 'GATEWAY_REPLICA_PORTS entry 1 "41x0" is not a port number 1-65535'],
    ['4100,abc', 'GATEWAY_REPLICA_PORTS entry 2 "abc" is not a port number 1-65535'],
    ['0', 'GATEWAY_REPLICA_PORTS entry 1 "0" is not a port number 1-65535'],
    ['65536', 'GATEWAY_REPLICA_PORTS entry 1 "65536" is not a port number 1-65535'],
    ['-4100', 'GATEWAY_REPLICA_PORTS entry 1 "-4100" is not a port number 1-65535'],
    ['4100.5', 'GATEWAY_REPLICA_PORTS entry 1 "4100.5" is not a port number 1-65535'],
    ['4100 4200', 'GATEWAY_REPLICA_PORTS entry 1 "4100 4200" is not a port number 1-65535'],
    ['4100,,4200', 'GATEWAY_REPLICA_PORTS entry 2 is empty'],
    ['4100,', 'GATEWAY_REPLICA_PORTS entry 2 is empty'],
    ['4100,4200,4100', 'GATEWAY_REPLICA_PORTS entry 3: port 4100 is listed twice'],
    ['4100,04100', 'GATEWAY_REPLICA_PORTS entry 2: port 4100 is listed twice'],
    ['4100,4000', "GATEWAY_REPLICA_PORTS entry 2: port 4000 is already the main gateway's (PORT)"],
    ['4001', "GATEWAY_REPLICA_PORTS entry 1: port 4001 is already the commerce department's (COMMERCE_PORT)"],
  ])('refuses %p, naming the variable and the entry', (raw, message) => {
    expect(() => parseReplicaPorts(raw, reserved)).toThrow(message);
  });
});

describe('loadStartPorts', () => {
  it('defaults to 4000 for the gateway, 4001-4006 for the departments and no replica', () => {
    expect(loadStartPorts({}, { embeddedPostgres: true })).toEqual({
      gateway: 4000,
      departments: { commerce: 4001, customs: 4002, tax: 4003, forex: 4004, post: 4005, 'public-security': 4006 },
      replicas: [],
    });
  });

  it('checks the replicas against the ports as configured, not as defaulted', () => {
    const env = { PORT: '5000', PUBLIC_SECURITY_PORT: '4100', GATEWAY_REPLICA_PORTS: '4000,4006' };
    expect(loadStartPorts(env, { embeddedPostgres: false }).replicas).toEqual([4000, 4006]);
    expect(() => loadStartPorts({ ...env, GATEWAY_REPLICA_PORTS: '5000' }, { embeddedPostgres: false })).toThrow("port 5000 is already the main gateway's (PORT)");
    expect(() => loadStartPorts({ ...env, GATEWAY_REPLICA_PORTS: '4200,4100' }, { embeddedPostgres: false })).toThrow(
      "GATEWAY_REPLICA_PORTS entry 2: port 4100 is already the public-security department's (PUBLIC_SECURITY_PORT)",
    );
  });

  it('keeps the embedded PostgreSQL port out of the replicas only when that server runs', () => {
    expect(() => loadStartPorts({ GATEWAY_REPLICA_PORTS: '54329' }, { embeddedPostgres: true })).toThrow("port 54329 is already the embedded PostgreSQL's (EMBEDDED_PG_PORT)");
    expect(loadStartPorts({ GATEWAY_REPLICA_PORTS: '54329' }, { embeddedPostgres: false }).replicas).toEqual([54329]);
  });
});
