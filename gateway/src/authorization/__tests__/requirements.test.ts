import fs from 'node:fs';
import path from 'node:path';
import { parse, Kind, type ObjectTypeDefinitionNode } from 'graphql';
import { requirementsOf } from '../requirements';
import { refusalOf } from '../refusal';
import { caller, fixtureSupergraphSdl } from './fixture';

const COMMITTED = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');

describe('requirementsOf a composed supergraph', () => {
  const requirements = requirementsOf(fixtureSupergraphSdl());

  it('reads @authenticated, @requiresScopes and @policy on fields, with the department that resolves them', () => {
    expect(requirements.of('Query', 'order')).toEqual({ coordinate: 'Query.order', department: 'commerce', requirements: [{ kind: 'authenticated' }] });
    expect(requirements.of('Order', 'note')?.requirements).toEqual([{ kind: 'scopes', anyOf: [['notes:read', 'pii:read'], ['notes:all']] }]);
    expect(requirements.of('Query', 'payment')).toEqual({
      coordinate: 'Query.payment',
      department: 'forex',
      requirements: [{ kind: 'authenticated' }, { kind: 'policy', anyOf: [['looks_up_by_number']] }],
    });
    expect(requirements.of('Mutation', 'submitOrder')?.department).toBe('commerce');
  });

  it('applies a type-level requirement to every field that returns the type', () => {
    const dossier = [{ kind: 'scopes', anyOf: [['dossier:read']] }];
    expect(requirements.of('Query', 'secretDossier')?.requirements).toEqual(dossier);
    expect(requirements.of('Order', 'dossier')?.requirements).toEqual(dossier);
    // The type's own fields are reached only through such a field.
    expect(requirements.of('Dossier', 'text')).toBeNull();
  });

  it('gives an interface field the requirements of the same field in its implementing types', () => {
    expect(requirements.of('Person', 'ssn')?.requirements).toEqual([{ kind: 'scopes', anyOf: [['identity:match']] }]);
    expect(requirements.of('Party', 'code')).toBeNull();
  });

  it('finds nothing on fields without directives', () => {
    expect(requirements.of('Order', 'no')).toBeNull();
    expect(requirements.of('Buyer', 'name')).toBeNull();
    expect(requirements.of('Nope', 'nothing')).toBeNull();
  });

  it('refuses to start on a policy the gateway does not implement', () => {
    const sdl = fixtureSupergraphSdl().replace('"looks_up_by_number"', '"made_up"');
    expect(() => requirementsOf(sdl)).toThrow('@policy on Query.payment names made_up, which the gateway does not implement');
  });
});

describe('refusalOf', () => {
  const requirements = requirementsOf(fixtureSupergraphSdl());

  it.each([
    ['Order', 'note', { scopes: ['notes:read'] }, 'Order.note requires the scopes notes:read and pii:read, or the scope notes:all'],
    ['Order', 'note', { scopes: ['notes:read', 'pii:read'] }, null],
    ['Order', 'note', { scopes: ['notes:all'] }, null],
    ['Buyer', 'idHash', {}, 'Buyer.idHash requires the scope identity:match'],
    ['Buyer', 'idHash', { role: 'SYSTEM' as const, department: 'customs' as const, scopes: ['identity:match'] }, null],
    ['Mutation', 'submitOrder', { role: 'OFFICER' as const, department: 'customs' as const, zone: 'JIEYANG' as const }, 'Mutation.submitOrder requires an officer or system of commerce, or the zone platform'],
    ['Mutation', 'submitOrder', { role: 'OFFICER' as const, department: 'commerce' as const, zone: 'JIEYANG' as const }, null],
    ['Mutation', 'submitOrder', { role: 'PLATFORM' as const }, null],
    ['Query', 'payment', { role: 'BANK' as const }, expect.stringMatching(/^Query\.payment requires a caller other than a bank/)],
  ])('%s.%s for %j: %s', (type, field, who, expected) => {
    const refusal = refusalOf(requirements.of(type, field)!, caller(who));
    expect(refusal?.message ?? null).toEqual(expected);
    if (refusal) expect(refusal.code).toBe('FORBIDDEN');
  });

  it('answers a missing caller with UNAUTHENTICATED', () => {
    expect(refusalOf(requirements.of('Query', 'order')!, null)).toEqual({ coordinate: 'Query.order', code: 'UNAUTHENTICATED', message: 'Query.order requires an authenticated caller' });
  });
});

describe('the committed supergraph', () => {
  const requirements = requirementsOf(COMMITTED);

  it('needs a caller for every root field', () => {
    const roots = parse(COMMITTED).definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && (d.name.value === 'Query' || d.name.value === 'Mutation'));
    const fields = roots.flatMap((root) => (root.fields ?? []).map((f) => [root.name.value, f.name.value] as const));
    expect(fields.length).toBeGreaterThan(5);
    for (const [type, field] of fields) expect(requirements.of(type, field)?.requirements).toContainEqual({ kind: 'authenticated' });
  });

  it('keeps the keyed ID hashes to holders of identity:match', () => {
    for (const type of ['Buyer', 'Payer']) expect(requirements.of(type, 'idHash')?.requirements).toEqual([{ kind: 'scopes', anyOf: [['identity:match']] }]);
  });

  it('lets each department write its own data, as its resolvers do', () => {
    expect(requirements.of('Mutation', 'submitWaybill')?.department).toBe('post');
    expect(requirements.of('Mutation', 'submitWaybill')?.requirements).toContainEqual({ kind: 'policy', anyOf: [['own_department'], ['zone_platform']] });
    expect(requirements.of('Mutation', 'verifyIdentity')?.requirements).toContainEqual({ kind: 'policy', anyOf: [['own_department'], ['zone_platform'], ['department_system']] });
  });
});
