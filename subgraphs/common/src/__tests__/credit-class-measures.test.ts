import { creditClassMeasureChanges, creditClassMeasures } from '../joint-measures';

describe('the measures a customs credit class carries', () => {
  it.each([
    ['DISCREDITED', ['CUSTOMS_NO_AUTO_RELEASE']],
    ['ADVANCED', ['REWARD_LOWER_REVIEW']],
    ['GENERAL', []],
  ])('%s carries %j', (creditClass, measures) => {
    expect(creditClassMeasures(creditClass)).toEqual(measures);
  });

  it.each([
    ['GENERAL', 'DISCREDITED', [{ measure: 'CUSTOMS_NO_AUTO_RELEASE', inForce: true }]],
    ['DISCREDITED', 'GENERAL', [{ measure: 'CUSTOMS_NO_AUTO_RELEASE', inForce: false }]],
    ['GENERAL', 'ADVANCED', [{ measure: 'REWARD_LOWER_REVIEW', inForce: true }]],
    ['ADVANCED', 'GENERAL', [{ measure: 'REWARD_LOWER_REVIEW', inForce: false }]],
    ['ADVANCED', 'DISCREDITED', [{ measure: 'REWARD_LOWER_REVIEW', inForce: false }, { measure: 'CUSTOMS_NO_AUTO_RELEASE', inForce: true }]],
    ['DISCREDITED', 'ADVANCED', [{ measure: 'CUSTOMS_NO_AUTO_RELEASE', inForce: false }, { measure: 'REWARD_LOWER_REVIEW', inForce: true }]],
    ['GENERAL', 'GENERAL', []],
    ['DISCREDITED', 'DISCREDITED', []],
    ['ADVANCED', 'ADVANCED', []],
  ])('regrading %s to %s changes %j', (previous, next, changes) => {
    expect(creditClassMeasureChanges(previous, next)).toEqual(changes);
  });
});
