import { startStack, type Stack } from './support/stack';

let stack: Stack;
let uscc: string;
let zone: string;
let otherZone: string;

beforeAll(async () => {
  // Refusals by commerce itself, which a regulator's or the platform's variant would hide.
  stack = await startStack({ contracts: false });
  const page = await stack.query<{ enterprises: { edges: { node: { uscc: string; zone: string } }[] } }>('{ enterprises(first: 1) { edges { node { uscc zone } } } }');
  ({ uscc, zone } = page.data!.enterprises.edges[0]!.node);
  otherZone = zone === 'SHAOGUAN' ? 'HEYUAN' : 'SHAOGUAN';
});
afterAll(async () => {
  await stack?.close();
});

const PLACE = `mutation($uscc: ID!, $reason: String!, $legalBasis: String!) {
  placeOnNegativeList(uscc: $uscc, reason: $reason, legalBasis: $legalBasis) { uscc reason legalBasis listedBy listedAt liftedAt }
}`;
const LIFT = `mutation($uscc: ID!, $reason: String!) { liftFromNegativeList(uscc: $uscc, reason: $reason) { uscc liftedAt liftReason } }`;
const STATUS = `query($uscc: ID!) { enterprise(uscc: $uscc) { negativeListed negativeListEntry { reason listedBy } } }`;

const as = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });
const officer = (officerZone: string) => as({ role: 'OFFICER', org: `COMMERCE-${officerZone}`, department: 'commerce', zone: officerZone as never });
const listing = { reason: 'non-genuine trade found by joint inspection', legalBasis: '粤府函〔2022〕58号 credit system' };

describe('the credit system negative list kept by commerce', () => {
  it('is kept by commerce officers of the zone only, never by the platform or other departments', async () => {
    for (const headers of [{}, await officer(otherZone), await as({ role: 'OFFICER', org: 'C', department: 'customs', zone: zone as never }), await as({ role: 'REGULATOR', org: 'R' })]) {
      const refused = await stack.query(PLACE, { uscc, ...listing }, headers);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await stack.query<{ enterprise: { negativeListed: boolean } }>(STATUS, { uscc })).data!.enterprise.negativeListed).toBe(false);
  });

  it('names every missing field of a listing', async () => {
    const bad = await stack.query(PLACE, { uscc, reason: ' ', legalBasis: '' }, await officer(zone));
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('reason: must not be empty');
    expect(bad.errors?.[0]?.message).toContain('legalBasis: must not be empty');
  });

  it('lists an enterprise once, shows it to every department, and keeps the lifted listing as history', async () => {
    const placed = await stack.query<{ placeOnNegativeList: { listedBy: string; liftedAt: string | null } }>(PLACE, { uscc, ...listing }, await officer(zone));
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.placeOnNegativeList).toMatchObject({ listedBy: `COMMERCE-${zone}`, liftedAt: null });

    const again = await stack.query(PLACE, { uscc, ...listing }, await officer(zone));
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const seenByCustoms = await stack.query<{ enterprise: { negativeListed: boolean; negativeListEntry: { reason: string } } }>(
      STATUS, { uscc }, await as({ role: 'SYSTEM', org: 'SYSTEM-CUSTOMS', department: 'customs' }),
    );
    expect(seenByCustoms.data!.enterprise).toEqual({ negativeListed: true, negativeListEntry: { reason: listing.reason, listedBy: `COMMERCE-${zone}` } });

    const lifted = await stack.query<{ liftFromNegativeList: { liftedAt: string; liftReason: string } }>(LIFT, { uscc, reason: 'rectified' }, await as({ role: 'SYSTEM', org: 'SYSTEM-COMMERCE', department: 'commerce' }));
    expect(lifted.data!.liftFromNegativeList.liftReason).toBe('rectified');
    expect(lifted.data!.liftFromNegativeList.liftedAt).toBeTruthy();
    expect((await stack.query<{ enterprise: { negativeListed: boolean } }>(STATUS, { uscc })).data!.enterprise.negativeListed).toBe(false);

    const liftAgain = await stack.query(LIFT, { uscc, reason: 'again' }, await officer(zone));
    expect(liftAgain.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const relisted = await stack.query(PLACE, { uscc, ...listing }, await officer(zone));
    expect(relisted.errors).toBeUndefined();
  });
});
