/**
 * Cost analysis with real list multipliers, as a validation rule. The cost of an operation is an
 * upper bound on the number of values its answer can hold: every field counts 1 (plus its weight,
 * FIELD_WEIGHTS), and a list field multiplies everything selected under it by its bound
 * (list-bounds.ts: the `first` given, its default, or a fixed cap; a variable counts as the maximum,
 * since validation runs before variables are known). graphql-armor's cost limit does not multiply by
 * list sizes, so `{ sources { spans { claim { source { spans ... } } } } }` used to pass it.
 */
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { fieldWeightOf, listBoundOf, type ListBound } from './list-bounds';

function isEntityType(type: GraphQLCompositeType): boolean {
  if (isInterfaceType(type)) return type.name === 'Entity';
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Entity');
}

/** The most items `bound` allows for this field node (literal arguments only; variables count as max). */
export function multiplierOf({
  bound,
  field,
  parentField,
}: {
  bound: ListBound;
  field: FieldNode;
  parentField?: FieldNode;
}): number {
  if (bound.kind === 'cap') return bound.max;
  const name = bound.kind === 'first' ? 'first' : bound.argument;
  const holder = bound.kind === 'argument' && bound.ofParent ? parentField : field;
  const value = holder?.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return bound.fallback;
  if (value.kind === Kind.INT) return Math.min(Math.max(Number(value.value), 0), bound.max);
  if (value.kind === Kind.LIST) return Math.min(value.values.length, bound.max);
  return bound.max;
}

/** Unknown lists (a field added to the SDL without a bound) count as this many; a test keeps the table complete. */
const UNKNOWN_LIST_BOUND = 1000;

function costOfSelections({
  context,
  schema,
  selectionSet,
  type,
  fragmentsSeen,
  parentField,
}: {
  context: ValidationContext;
  schema: GraphQLSchema;
  selectionSet: SelectionSetNode;
  type: GraphQLCompositeType;
  fragmentsSeen: Set<string>;
  /** The field whose selection this is (its arguments size connection lists). */
  parentField?: FieldNode;
}): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) {
        total += 1; // __typename; introspection (__schema, __type) is bounded by the schema itself
        continue;
      }
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const definition = type.getFields()[name];
      if (!definition) continue; // reported by FieldsOnCorrectType
      const isEntity = isEntityType(type);
      const weight = 1 + fieldWeightOf({ typeName: type.name, fieldName: name, isEntity });
      const named = getNamedType(definition.type);
      const list = isListType(getNullableType(definition.type));
      const bound = list ? listBoundOf({ typeName: type.name, fieldName: name, isEntity }) : undefined;
      const multiplier = list
        ? bound
          ? multiplierOf({ bound, field: selection, parentField })
          : UNKNOWN_LIST_BOUND
        : 1;
      const below =
        selection.selectionSet && isCompositeType(named)
          ? costOfSelections({
              context,
              schema,
              selectionSet: selection.selectionSet,
              type: named,
              fragmentsSeen,
              parentField: selection,
            })
          : 0;
      total += list ? weight + multiplier * (1 + below) : weight + below;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      if (!condition || !isCompositeType(condition)) continue;
      total += costOfSelections({
        context,
        schema,
        selectionSet: selection.selectionSet,
        type: condition,
        fragmentsSeen,
        parentField,
      });
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || fragmentsSeen.has(name)) continue; // cycles are reported by NoFragmentCycles
      const condition = schema.getType(fragment.typeCondition.name.value);
      if (!condition || !isCompositeType(condition)) continue;
      fragmentsSeen.add(name);
      total += costOfSelections({
        context,
        schema,
        selectionSet: fragment.selectionSet,
        type: condition,
        fragmentsSeen,
        parentField,
      });
      fragmentsSeen.delete(name);
    }
  }
  return total;
}

/** The cost of each operation of a document (exported for tests and docs/api.md's figures). */
export function operationCosts({ context }: { context: ValidationContext }): Map<string, number> {
  const schema = context.getSchema();
  const costs = new Map<string, number>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    // Mutations are not costed: they need a write token, and what they return (drafts, a saved source)
    // is bounded by their input limits (MAX_SOURCE_TEXT, MAX_SOURCE_RECORDS), the request deadline and
    // the response size cap, where list multipliers would bound a draft at millions of values.
    if (definition.operation === 'mutation') continue;
    const root = schema.getRootType(definition.operation);
    if (!root) continue;
    const cost = costOfSelections({
      context,
      schema,
      selectionSet: definition.selectionSet,
      type: root,
      fragmentsSeen: new Set(),
    });
    costs.set(definition.name?.value ?? '(anonymous)', cost);
  }
  return costs;
}

export function operationCostRule({ maxCost }: { maxCost: number }): ValidationRule {
  return (context) => ({
    Document: {
      leave() {
        for (const [name, cost] of operationCosts({ context })) {
          if (cost <= maxCost) continue;
          const shown = Number.isFinite(cost) && cost < 1e15 ? String(Math.round(cost)) : 'over 10^15';
          context.reportError(
            new GraphQLError(
              `Query cost limit of ${maxCost} exceeded: ${name === '(anonymous)' ? 'the operation' : name} may return ${shown} values. ` +
                'Each list multiplies what is selected under it; ask for fewer items (`first`) or less nesting.',
            ),
          );
        }
      },
    },
  });
}
