/** The SDL documents every type, field, argument and enum value, and its enums mirror the vocabulary. */
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLNamedType } from 'graphql';
import { CLAIM_KINDS, DATE_PRECISIONS, ENTITY_TYPES, NODE_TYPES, RELATIONSHIP_TYPES } from '../../domain/vocabulary';
import { TYPED_RELATIONSHIP_FIELDS } from '../../server/graphql/resolvers/entity/entity-types';
import { loadSchemaDocument } from '../../server/graphql/schema';

const schema = loadSchemaDocument();
const ownTypes = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name),
);

function undocumented(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || text.trim() === '';
  if (blank(type.description)) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      for (const arg of field.args) if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields()))
      if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('GraphQL schema', () => {
  it('documents every type, field, argument and enum value', () => {
    expect(ownTypes.length).toBeGreaterThan(20);
    expect(ownTypes.flatMap(undocumented)).toEqual([]);
  });

  it.each([
    ['EntityType', ENTITY_TYPES],
    ['NodeType', NODE_TYPES],
    ['RelationshipType', RELATIONSHIP_TYPES],
    ['ClaimKind', CLAIM_KINDS],
    ['DatePrecision', DATE_PRECISIONS],
  ])('enum %s mirrors server/domain/vocabulary.ts', (name, values) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    expect(type.getValues().map((v) => v.name)).toEqual([...values]);
  });

  it('has one concrete type per entity type, each implementing Entity with the typed relationship fields it resolves', () => {
    const entity = schema.getType('Entity');
    if (!isInterfaceType(entity)) throw new Error('Entity is not an interface');
    const interfaceFields = Object.keys(entity.getFields()).sort();
    for (const typeName of ENTITY_TYPES) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      expect(type.getInterfaces().map((i) => i.name)).toEqual(['Entity']);
      const ownFields = Object.keys(type.getFields())
        .filter((f) => !interfaceFields.includes(f))
        .sort();
      expect({ typeName, fields: ownFields }).toEqual({
        typeName,
        fields: [...TYPED_RELATIONSHIP_FIELDS[typeName]].sort(),
      });
    }
  });
});
