import { recognitionOf, type ReliedOnVerification } from '../recognition';

const expected = { issuer: 'customs' as const, claims: ['LIST_RELEASED', 'LIST_CLEARED'], subjectType: 'InventoryList', subjectKey: '51002026E000000001' };
const verified = (claim: Partial<NonNullable<ReliedOnVerification['claim']>> = {}, valid = true, reasons: ReliedOnVerification['reasons'] = []): ReliedOnVerification => ({
  valid, reasons, claim: { serial: 'customs:51002026E000000001:899', issuer: 'customs', subjectType: 'InventoryList', subjectKey: '51002026E000000001', claim: 'LIST_CLEARED', ...claim },
});

describe('a decision rests on another department\'s attestation only when it is the one expected and verifies', () => {
  it.each([
    ['valid, of the expected issuer, claim and subject', verified(), { recognised: true, serial: 'customs:51002026E000000001:899' }],
    ['none offered', null, { recognised: false, problem: expect.stringContaining('there is no customs') }],
    ['revoked', verified({}, false, [{ code: 'REVOKED', message: 'returned (625)' }]), { recognised: false, problem: expect.stringContaining('REVOKED (returned (625))') }],
    ['signed by another department', verified({ issuer: 'tax' }), { recognised: false, problem: expect.stringContaining('issued by tax') }],
    ['of another claim', verified({ claim: 'THREE_DOCUMENTS_MATCHED' }), { recognised: false, problem: expect.stringContaining('claims THREE_DOCUMENTS_MATCHED') }],
    ['of another list', verified({ subjectKey: '51002026E000000002' }), { recognised: false, problem: expect.stringContaining('is of InventoryList 51002026E000000002') }],
  ])('%s', (_case, verification, recognition) => {
    expect(recognitionOf(verification, expected)).toEqual(recognition);
  });
});
