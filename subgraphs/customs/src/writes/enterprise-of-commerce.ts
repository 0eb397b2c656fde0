import { GraphQLError } from 'graphql';
import { notFound, type ZoneCode } from '@zone/common';
import type { CustomsContext } from '../context';
import { CustomsEnterpriseDocument } from '../generated/federated/graphql';

/**
 * The enterprise as commerce registered it, read through the federated API as the customs system:
 * customs grades and summarises only enterprises commerce knows, in the zone commerce knows them by.
 * NOT_FOUND for an enterprise commerce never registered.
 */
export async function registeredEnterprise(context: CustomsContext, uscc: string, purpose: string): Promise<{ uscc: string; zone: ZoneCode }> {
  const result = await context.federated.request(CustomsEnterpriseDocument, { uscc }, { purpose });
  if (result.errors.length > 0 || result.data === null) {
    const reasons = result.errors.map((e) => e.message).join('; ') || 'no data';
    throw new GraphQLError(`Customs could not read enterprise ${uscc} through the federated API: ${reasons}`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'gateway' },
    });
  }
  if (!result.data.enterprise) throw notFound(`Enterprise ${uscc} is not registered with commerce`);
  return result.data.enterprise;
}
