import { childrenLoader, idParams, orderRefJoin, orderRefKey, orderRefParams, rowLoader, rowReaderOf, zoneCondition, type Caller, type OrderRef } from '@zone/common';
import type DataLoader from 'dataloader';
import type {
  Attestation,
  EnterpriseCreditClass,
  ExportReturn,
  InventoryItem,
  InventoryList,
  ListRequest,
  PrismaClient,
  SummaryDeclaration,
  SummaryDeclarationList,
} from './generated/prisma/client';

/** Representation of an Enterprise entity owned by commerce, as customs receives it. */
export interface EnterpriseRef {
  uscc: string;
}

export interface CustomsLoaders {
  listByInvtNo: DataLoader<string, InventoryList | null, string>;
  listById: DataLoader<bigint, InventoryList | null, string>;
  listByOrder: DataLoader<OrderRef, InventoryList | null, string>;
  itemsByListId: DataLoader<bigint, InventoryItem[], string>;
  attestationsByListId: DataLoader<bigint, Attestation[], string>;
  requestsByListId: DataLoader<bigint, ListRequest[], string>;
  summaryEntryByListId: DataLoader<bigint, (SummaryDeclarationList & { summary: SummaryDeclaration }) | null, string>;
  summaryBySumNo: DataLoader<string, SummaryDeclaration | null, string>;
  listsBySummaryId: DataLoader<bigint, InventoryList[], string>;
  exportReturnByListId: DataLoader<bigint, ExportReturn | null, string>;
  creditClassByUscc: DataLoader<string, EnterpriseCreditClass | null, string>;
}

/** Fresh per request: every entity reference and child list of customs goes through these (fixed-shape SQL, row-reader.ts). */
export function createCustomsLoaders(prisma: PrismaClient, caller: Caller | null): CustomsLoaders {
  const read = rowReaderOf(prisma);
  const zone = caller?.zone ?? undefined;
  // Rows that carry no zone of their own are filtered through their list, so an id learned
  // elsewhere cannot reveal another zone's data.
  const listInZone = zone ? ' AND EXISTS (SELECT 1 FROM inventory_list l WHERE l.id = t.list_id AND l.zone = $2)' : '';
  const byListId = <R>(model: string, orderBy?: string) => (ids: readonly bigint[]) =>
    read.select<R>(model, { where: `t.list_id = ANY($1)${listInZone}`, orderBy }, [idParams(ids), ...(zone ? [zone] : [])]);
  const lists = (column: string) => (keys: readonly (string | bigint)[]) => {
    const inZone = zoneCondition(zone, 2);
    return read.select<InventoryList>('InventoryList', { where: `t.${column} = ANY($1)${inZone.sql}` }, [keys.map(String), ...inZone.values]);
  };
  return {
    listByInvtNo: rowLoader(lists('invt_no'), (row) => row.invtNo),
    listById: rowLoader(lists('id'), (row) => String(row.id)),
    listByOrder: rowLoader(
      (refs) => {
        const inZone = zoneCondition(zone, 3);
        return read.select<InventoryList>('InventoryList', { join: orderRefJoin(), where: `true${inZone.sql}` }, [...orderRefParams(refs), ...inZone.values]);
      },
      (row) => orderRefKey(row),
      orderRefKey,
    ),
    itemsByListId: childrenLoader(byListId<InventoryItem>('InventoryItem', 't.list_id, t.gnum'), (row) => String(row.listId)),
    attestationsByListId: childrenLoader(byListId<Attestation>('Attestation', 't.list_id, t.issued_at, t.serial'), (row) => String(row.listId)),
    requestsByListId: childrenLoader(byListId<ListRequest>('ListRequest', 't.list_id, t.id'), (row) => String(row.listId)),
    summaryEntryByListId: rowLoader(
      async (ids) => {
        const inZone = zoneCondition(zone, 2);
        const summaries = await read.select<SummaryDeclaration & { listId: bigint }>(
          'SummaryDeclaration',
          { join: 'JOIN summary_declaration_list e ON e.summary_id = t.id', where: `e.list_id = ANY($1)${inZone.sql}`, extra: 'e.list_id AS "listId"' },
          [idParams(ids), ...inZone.values],
        );
        return summaries.map(({ listId, ...summary }) => ({ summaryId: summary.id, listId, summary }));
      },
      (row) => String(row.listId),
    ),
    summaryBySumNo: rowLoader(
      (sumNos) => {
        const inZone = zoneCondition(zone, 2);
        return read.select<SummaryDeclaration>('SummaryDeclaration', { where: `t.sum_no = ANY($1)${inZone.sql}` }, [[...sumNos], ...inZone.values]);
      },
      (row) => row.sumNo,
    ),
    listsBySummaryId: childrenLoader(
      (ids) => {
        const inZone = zoneCondition(zone, 2);
        return read.select<InventoryList & { summaryId: bigint }>(
          'InventoryList',
          { join: 'JOIN summary_declaration_list e ON e.list_id = t.id', where: `e.summary_id = ANY($1)${inZone.sql}`, orderBy: 't.invt_no', extra: 'e.summary_id AS "summaryId"' },
          [idParams(ids), ...inZone.values],
        );
      },
      (row) => String(row.summaryId),
    ),
    exportReturnByListId: rowLoader(byListId<ExportReturn>('ExportReturn'), (row) => String(row.listId)),
    creditClassByUscc: rowLoader(
      (usccs) => read.select<EnterpriseCreditClass>('EnterpriseCreditClass', { where: 't.uscc = ANY($1)' }, [[...usccs]]),
      (row) => row.uscc,
    ),
  };
}
