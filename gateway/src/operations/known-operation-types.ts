import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Every operation of a document must be of a type the schema has a root for: graphql-js 17's
 * KnownOperationTypesRule, which 16 lacks. Without it a `mutation` sent against a schema with no
 * Mutation type (a regulator's variant) or a `subscription` (no schema of this product has one)
 * passes validation, because no field of it has a parent type to be checked against, and the
 * operation is refused later, by whatever first looks at its fields.
 */
export function KnownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (!schema.getRootType(node.operation)) {
        context.reportError(new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }));
      }
    },
  };
}
