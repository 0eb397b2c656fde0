import fs from 'node:fs';
import path from 'node:path';
import { parse, type EnumTypeDefinitionNode } from 'graphql';
import { RECEIPT_STATUS_NAMES, receiptCodeOf, receiptStatusOf, type ReceiptStatusName } from '../receipt-status';

const TABLE: [number, ReceiptStatusName][] = [
  [1, 'STORED'],
  [2, 'DECLARING'],
  [3, 'SENT'],
  [4, 'SEND_FAILED'],
  [100, 'REJECTED'],
  [120, 'ACCEPTED'],
  [300, 'MANUAL_REVIEW'],
  [399, 'ADJUDICATED'],
  [500, 'INSPECTION'],
  [800, 'RELEASED'],
  [899, 'CLEARED'],
];

describe('customs receipt status', () => {
  it.each(TABLE)('code %i is %s and back', (code, name) => {
    expect(receiptStatusOf(code)).toBe(name);
    expect(receiptCodeOf(name)).toBe(code);
  });

  it.each([[0], [5], [99], [121], [501], [700], [900], [-1], [1.5], [Number.NaN]])('knows no status for code %p', (code) => {
    expect(receiptStatusOf(code)).toBeNull();
  });

  it('names exactly the values of the ReceiptStatus enum of the schema', () => {
    const sdl = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8');
    const enumNode = parse(sdl).definitions.find(
      (d): d is EnumTypeDefinitionNode => d.kind === 'EnumTypeDefinition' && d.name.value === 'ReceiptStatus',
    );
    expect(enumNode?.values?.map((v) => v.name.value).sort()).toEqual([...RECEIPT_STATUS_NAMES].sort());
    expect(TABLE.map(([, name]) => name).sort()).toEqual([...RECEIPT_STATUS_NAMES].sort());
  });
});
