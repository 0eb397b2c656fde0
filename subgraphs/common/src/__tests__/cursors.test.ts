import type { GraphQLError } from 'graphql';
import type { Caller } from '../caller';
import { createCursorCodec, cursorKeyFromEnv, type CursorBinding } from '../cursors';

const bank: Caller = { organisation: '91440200BLLJ5275GD', role: 'BANK', zone: null, department: null, scopes: [] };
const codec = createCursorCodec(() => 'a test key of thirty-two characters');
const binding: CursorBinding = { connection: 'forex.transactionFeed', caller: bank, query: { payCode: bank.organisation } };
const cursor = codec.encode(binding, { t: '812', s: '4031' });

function refusal(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
  return 'accepted';
}

const REFUSED = { code: 'BAD_USER_INPUT', problems: [{ field: 'after', reason: 'is not a cursor this connection gave to this caller for this query' }] };

describe('connection cursors', () => {
  it('gives back the position it signed, for the same caller and query (whatever the key order)', () => {
    expect(codec.decode({ ...binding, query: { payCode: bank.organisation } }, cursor)).toEqual({ s: '4031', t: '812' });
    expect(codec.encode(binding, { s: '4031', t: '812' })).toBe(cursor);
  });

  it.each<[string, CursorBinding | null, () => string]>([
    ['another bank', { ...binding, caller: { ...bank, organisation: '91440200AAAAAAAAAA' } }, () => cursor],
    ['the same organisation in another role', { ...binding, caller: { ...bank, role: 'REGULATOR' } }, () => cursor],
    ['a zone-bound caller of the same organisation', { ...binding, caller: { ...bank, zone: 'SHAOGUAN' } }, () => cursor],
    ['another query (payCode)', { ...binding, query: { payCode: '91440200AAAAAAAAAA' } }, () => cursor],
    ['another connection', { ...binding, connection: 'customs.inventoryLists' }, () => cursor],
    ['an edited position', null, () => `${Buffer.from('{"s":"1","t":"812"}').toString('base64url')}.${cursor.split('.')[1]}`],
    ['a cursor signed with another key', null, () => createCursorCodec(() => 'another key of thirty-two chars!').encode(binding, { t: '812', s: '4031' })],
    ['no signature', null, () => cursor.split('.')[0]!],
    ['three parts', null, () => `${cursor}.x`],
    ['characters outside base64url', null, () => `${cursor.split('.')[0]}.+/=`],
    ['the empty string', null, () => ''],
    ['over 1,000 characters', null, () => `${cursor}${'A'.repeat(1000)}`],
  ])('refuses %s as BAD_USER_INPUT naming after', (_case, other, cursorOf) => {
    expect(refusal(() => codec.decode(other ?? binding, cursorOf()))).toEqual(REFUSED);
  });
});

describe('CURSOR_KEY', () => {
  it.each([['unset', {}], ['empty', { CURSOR_KEY: '' }], ['shorter than 16 characters', { CURSOR_KEY: 'short' }]])('is required when %s, naming the variable', (_case, env) => {
    expect(() => cursorKeyFromEnv(env)()).toThrow(/^CURSOR_KEY must be set/);
  });

  it('is read when first needed', () => {
    const env: NodeJS.ProcessEnv = {};
    const key = cursorKeyFromEnv(env);
    env.CURSOR_KEY = 'k'.repeat(32);
    expect(key()).toBe('k'.repeat(32));
  });
});
