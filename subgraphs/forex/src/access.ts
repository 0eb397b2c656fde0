import { forbidden, type Caller } from '@zone/common';

/** Forex's own officers and system: the ones who keep the directory and see individuals' quota. */
export function assertForexOfficial(caller: Caller | null, what: string): Caller {
  if (caller && (caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department === 'forex') return caller;
  const who = caller ? `A ${caller.role}${caller.department ? ` of ${caller.department}` : ''}` : 'An unidentified caller';
  throw forbidden(`${who} may not ${what}: forex officers and the forex system only`);
}
