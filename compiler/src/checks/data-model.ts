// Each data field is declared once, has an example, and its type is written or can be inferred from
// the example, which must fit it. Meta: INVALID_SCREEN_DATA.
import type * as A from '../ast.js';
import { describeValue } from '../codegen/data-model.js';
import { describeType, isNumeric, isStatic, typeOfExample, type FlowType } from '../semantics/types.js';
import type { Check, CheckContext } from './check.js';

const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array']);

export const dataModel: Check = (ctx) => {
  for (const screen of ctx.flow.screens) {
    for (const m of screen.node.members) {
      if (m.kind !== 'DataBlock') continue;
      for (const field of m.fields) {
        const first = screen.dataFields.get(field.name.name);
        if (first && first !== field) {
          ctx.report('FLOW2005', field.name.span, { name: field.name.name }, {
            related: [{ span: first.name.span, message: 'first declared here' }],
          });
          continue;
        }
        checkField(ctx, field);
      }
    }
  }
};

function checkField(ctx: CheckContext, field: A.DataField): void {
  const name = field.name.name;
  if (field.type) checkType(ctx, field.type);
  if (!field.example) {
    ctx.report('FLOW3003', field.name.span, { name });
    return;
  }
  if (!isStatic(field.example)) {
    ctx.report('FLOW3005', field.example.span, { name, found: describeValue(field.example), expected: 'a plain value (no references or expressions)' });
    return;
  }
  if (!field.type) {
    if (!hasSchema(field.example)) {
      const what = field.example.kind === 'Array' ? 'an empty list' : 'its example';
      ctx.report('FLOW3004', field.example.span, { name, what });
      return;
    }
    // The inferred schema takes a list's item type from its first item (objects merge their fields), and
    // Meta checks the whole example against it: a list mixing kinds of items fails.
    const bad = exampleMisfit(field.example, typeOfExample(field.example));
    if (bad) {
      ctx.report('FLOW3005', bad.value.span, { name, found: describeValue(bad.value), expected: `${describeType(bad.type)}, like the first item of its list` }, {
        help: 'make every item of the list the same kind, or write the type with schema { … }',
      });
    }
    return;
  }
  const mismatch = typeMismatch(field.type, field.example);
  if (mismatch) ctx.report('FLOW3005', mismatch.span, { name, found: describeValue(mismatch), expected: typeName(field.type) });
}

/** Whether inferSchema can type a static example (no empty list anywhere in it), without building the schema. */
function hasSchema(value: A.Value): boolean {
  switch (value.kind) {
    case 'String':
    case 'Name':
    case 'Number':
    case 'Boolean':
      return true;
    case 'Array':
      if (value.elements.length === 0) return false;
      for (const e of value.elements) if (!hasSchema(e)) return false;
      return true;
    case 'Object':
      for (const e of value.entries) if (!hasSchema(e.value)) return false;
      return true;
    default:
      return false;
  }
}

/** The first part of a literal example that does not fit `t` (the type inferred from the example). */
function exampleMisfit(value: A.Value, t: FlowType): { value: A.Value; type: FlowType } | undefined {
  switch (value.kind) {
    case 'String':
    case 'Name':
      return t.kind === 'string' ? undefined : { value, type: t };
    case 'Number':
      return isNumeric(t) ? undefined : { value, type: t };
    case 'Boolean':
      return t.kind === 'boolean' ? undefined : { value, type: t };
    case 'Array':
      if (t.kind !== 'array') return { value, type: t };
      for (const e of value.elements) {
        const bad = t.items && exampleMisfit(e, t.items);
        if (bad) return bad;
      }
      return undefined;
    case 'Object':
      if (t.kind !== 'object') return { value, type: t };
      for (const e of value.entries) {
        const inner = t.properties?.get(e.key.name);
        const bad = inner && exampleMisfit(e.value, inner);
        if (bad) return bad;
      }
      return undefined;
    default:
      return undefined;
  }
}

function checkType(ctx: CheckContext, t: A.TypeExpression): void {
  if (t.kind === 'PrimitiveType' && !PRIMITIVES.has(t.name)) ctx.report('FLOW3007', t.span, { name: t.name });
  if (t.kind === 'ArrayType') checkType(ctx, t.element);
  if (t.kind === 'ObjectType') for (const f of t.fields) checkType(ctx, f.type);
}


function typeName(t: A.TypeExpression): string {
  switch (t.kind) {
    case 'PrimitiveType':
      return t.name;
    case 'ArrayType':
      return `a list of ${typeName(t.element)}`;
    case 'ObjectType':
      return 'an object';
    case 'SchemaType':
      return 'its schema';
  }
}

/** The first part of `value` that does not fit `t` (schema types are not checked here). */
function typeMismatch(t: A.TypeExpression, value: A.Value): A.Value | undefined {
  switch (t.kind) {
    case 'SchemaType':
      return undefined;
    case 'PrimitiveType':
      switch (t.name) {
        case 'string':
          return value.kind === 'String' || value.kind === 'Name' ? undefined : value;
        case 'number':
          return value.kind === 'Number' ? undefined : value;
        case 'integer':
          return value.kind === 'Number' && Number.isInteger(value.value) ? undefined : value;
        case 'boolean':
          return value.kind === 'Boolean' ? undefined : value;
        case 'object':
          return value.kind === 'Object' ? undefined : value;
        case 'array':
          return value.kind === 'Array' ? undefined : value;
        default:
          return undefined;
      }
    case 'ArrayType':
      if (value.kind !== 'Array') return value;
      for (const e of value.elements) {
        const bad = typeMismatch(t.element, e);
        if (bad) return bad;
      }
      return undefined;
    case 'ObjectType':
      if (value.kind !== 'Object') return value;
      for (const e of value.entries) {
        const f = t.fields.find((x) => x.name.name === e.key.name);
        const bad = f ? typeMismatch(f.type, e.value) : undefined;
        if (bad) return bad;
      }
      return undefined;
  }
}
