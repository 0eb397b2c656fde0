import fs from 'node:fs';
import path from 'node:path';
import { parse, getNamedType, isInputObjectType, isObjectType, type GraphQLInputObjectType, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { DEPARTMENTS } from '../caller';
import { buildDepartmentSchema, subgraphTypeDefs } from '../typedefs';
import { unboundedTextInputs, withInputChecks } from '../input-checks';

const REPO_ROOT = path.join(__dirname, '..', '..', '..', '..');
const dirOf = (department: string) => path.join(REPO_ROOT, 'subgraphs', department);

/** Every String and ID argument and input field of a schema, walked here independently of input-checks. */
function textInputPositions(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  const isText = (type: Parameters<typeof getNamedType>[0]) => ['String', 'ID'].includes(getNamedType(type)!.name);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) for (const arg of field.args) if (isText(arg.type)) found.push(`${type.name}.${field.name}(${arg.name})`);
    }
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (isText(field.type)) found.push(`${type.name}.${field.name}`);
  }
  return found;
}

describe.each(DEPARTMENTS)('the %s schema', (department) => {
  const schema = buildSubgraphSchema({ typeDefs: subgraphTypeDefs(dirOf(department)) });

  it('states a maximum length on every String and ID argument and input field', () => {
    expect(textInputPositions(schema).length).toBeGreaterThan(0);
    expect(unboundedTextInputs(schema)).toEqual([]);
  });

  it('states each maximum length as a positive number, no larger than any string needs', () => {
    for (const name of textInputPositions(schema)) {
      const [typeName, rest] = name.split('.') as [string, string];
      const match = /^(\w+)(?:\((\w+)\))?$/.exec(rest)!;
      const type = schema.getType(typeName)!;
      const position = isObjectType(type)
        ? type.getFields()[match[1]!]!.args.find((a) => a.name === match[2])!
        : (type as GraphQLInputObjectType).getFields()[match[1]!]!;
      const directive = position.astNode!.directives!.find((d) => d.name.value === 'maxLength')!;
      const n = Number((directive.arguments![0]!.value as { value: string }).value);
      expect({ name, ok: Number.isInteger(n) && n >= 1 && n <= 1000 }).toEqual({ name, ok: true });
    }
  });

  it('builds with its argument checks', () => {
    expect(() => buildDepartmentSchema(dirOf(department), {})).not.toThrow();
  });
});

describe('a schema with a String input that states no maximum length', () => {
  const scalars = fs.readFileSync(path.join(__dirname, '..', 'scalars.graphql'), 'utf8');
  const schema = () => buildSubgraphSchema({ typeDefs: parse(`${scalars}\ntype Query { probe(text: String, bounded: String @maxLength(n: 5)): String }`) });

  it('is found by the walk', () => {
    expect(unboundedTextInputs(schema())).toEqual(['Query.probe(text)']);
  });

  it('does not get its argument checks: a department with one does not start', () => {
    expect(() => withInputChecks(schema())).toThrow('String and ID inputs without @maxLength: Query.probe(text)');
  });
});
