import { GraphQLError } from 'graphql';
import { retryOnLostRace, WRITE_ATTEMPTS } from '../writes';

const uniqueViolation = () => Object.assign(new Error('Unique constraint failed'), { code: 'P2002', meta: { target: ['logistics_code'] } });

describe('a write that lost a race on a unique key runs again', () => {
  it('returns what the rerun decides after a concurrent writer committed first', async () => {
    const write = jest.fn().mockRejectedValueOnce(uniqueViolation()).mockResolvedValueOnce('UNCHANGED');
    await expect(retryOnLostRace(write)).resolves.toBe('UNCHANGED');
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('runs again after a write conflict or deadlock (P2034)', async () => {
    const write = jest.fn().mockRejectedValueOnce(Object.assign(new Error('Transaction failed due to a write conflict or a deadlock'), { code: 'P2034' })).mockResolvedValueOnce('CHANGED');
    await expect(retryOnLostRace(write)).resolves.toBe('CHANGED');
    expect(write).toHaveBeenCalledTimes(2);
  });

  it(`reports a CONFLICT after ${WRITE_ATTEMPTS} lost races`, async () => {
    const write = jest.fn().mockRejectedValue(uniqueViolation());
    await expect(retryOnLostRace(write)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(write).toHaveBeenCalledTimes(WRITE_ATTEMPTS);
  });

  it.each([
    ['a refused input', new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT' } })],
    ['a database failure', Object.assign(new Error('connection lost'), { code: 'P1001' })],
    ['a plain error', new Error('boom')],
  ])('passes %s through at once', async (_case, error) => {
    const write = jest.fn().mockRejectedValue(error);
    await expect(retryOnLostRace(write)).rejects.toBe(error);
    expect(write).toHaveBeenCalledTimes(1);
  });
});
