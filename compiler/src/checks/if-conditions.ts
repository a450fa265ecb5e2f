// If conditions follow Meta's condition grammar (spec §6.3 and §0 6.3) when they compile to it, which is
// whenever they have no arithmetic or text joining (those become backtick expressions, ≥ 6.0): the
// condition is true or false, reads at least one data or form value, no operator has fixed values on
// both sides, and operands are booleans, numbers or strings — a data field typed integer, a list, an
// object, or a nested field (${data.obj.prop}: Meta looks its type up by the first name) is rejected, as
// are number literals that are not whole. Any condition, backtick or not, must be a boolean.
// Meta: INVALID_PROPERTY_VALUE.
import type * as A from '../ast.js';
import { referencePath } from '../ast.js';
import { FEATURE_SINCE, atLeast } from '../catalog/versions.js';
import { renderExpression, usesArithmeticOrConcatenation } from '../codegen/expressions.js';
import type { Fix } from '../diagnostics/diagnostic.js';
import type { BoundScreen } from '../semantics/bind.js';
import { asReference, describeType, typesOf, type Types } from '../semantics/types.js';
import type { Check, CheckContext } from './check.js';
import { originOf, referencesIn, valueText } from './values.js';

export const ifConditions: Check = (ctx) => {
  const types = typesOf(ctx.flow);
  const backticks = atLeast(ctx.flow.settings.version, FEATURE_SINCE.expressions);
  for (const screen of ctx.flow.screens) {
    for (const use of screen.components) {
      if (use.node.kind !== 'If') continue;
      const cond = use.node.condition;
      if (cond.kind === 'Backtick') continue;
      const plain = !usesArithmeticOrConcatenation(cond); // else a backtick expression: Meta's expression rules
      if (plain && referencesIn(cond).length === 0) {
        ctx.report('FLOW3034', cond.span, {}, {
          help: 'compare a data field or a form value, e.g. If form.plan == "pro"; to always show the components, write them without the If',
        });
        continue;
      }
      const t = types.value(cond, screen);
      if (t.kind !== 'boolean' && t.kind !== 'unknown') {
        const ref = asReference(cond);
        const example = exampleOf(t.kind);
        ctx.report('FLOW3032', cond.span, { value: valueText(cond), found: describeType(t) }, {
          related: originOf(types, screen, cond),
          help: ref && example
            ? `compare it, e.g. ${referencePath(ref)} != ${example}, or use a boolean`
            : ref
              ? 'test a boolean, or compare a string or number field of it'
              : 'write a comparison or a boolean value',
        });
      }
      if (plain) checkPlain(ctx, types, screen, cond, backticks);
    }
  }
};

function exampleOf(kind: string): string | undefined {
  return kind === 'string' ? '""' : kind === 'number' || kind === 'integer' ? '0' : undefined;
}

const isLiteral = (e: A.Expression): boolean =>
  e.kind === 'Number' ||
  e.kind === 'Boolean' ||
  e.kind === 'Name' ||
  (e.kind === 'String' && asReference(e) === undefined) ||
  (e.kind === 'Unary' && isLiteral(e.operand));

function checkPlain(ctx: CheckContext, types: Types, screen: BoundScreen, cond: A.Expression, backticks: boolean): void {
  const operands: A.Expression[] = [];
  const binaries: A.BinaryExpression[] = [];
  const collect = (e: A.Expression) => {
    if (e.kind === 'Binary') {
      binaries.push(e);
      collect(e.left);
      collect(e.right);
    } else if (e.kind === 'Unary') collect(e.operand);
    else operands.push(e);
  };
  collect(cond);
  for (const b of binaries) {
    if (isLiteral(b.left) && isLiteral(b.right)) {
      ctx.report('FLOW3033', b.span, { operator: b.operator, left: valueText(b.left), right: valueText(b.right) }, {
        help: 'compare a data field or a form value with a fixed value, or drop this part of the condition',
      });
    }
  }
  for (const o of operands) {
    const ref = asReference(o);
    if (ref) {
      const resolved = types.resolve(ref, screen);
      if (!resolved) continue;
      let reason: string | undefined;
      if (ref.path.length > 1) {
        const first = `${ref.screen ? `screen.${ref.screen.name}.` : ''}${ref.root}.${ref.path[0]!.name}`;
        const firstType = resolved.field
          ? types.dataField(resolved.field)
          : resolved.inputs?.[0]
            ? types.input(resolved.inputs[0])
            : undefined;
        reason = `Meta looks up the type of a nested field by its first name, and ${first} is ${firstType ? describeType(firstType) : 'not a string, number or boolean'}`;
      } else if (resolved.type.kind === 'integer') {
        reason = 'its type is integer, which If conditions do not accept (declare it as a number)';
      }
      // lists, objects and files are reported by expression-types (as operands) or FLOW3032 (alone)
      if (!reason) continue;
      ctx.report('FLOW3031', o.span, { operand: referencePath(ref), reason }, {
        related: originOf(types, screen, o),
        help: backticks
          ? 'write the condition as a backtick expression, which reads it: `…`'
          : 'copy the value into a data field of its own, typed string, number or boolean',
        ...(backticks ? { fixes: [backtickFix(cond)] } : {}),
      });
    } else if (o.kind === 'Number' && !/^(0|-?[1-9][0-9]*)$/.test(o.raw)) {
      ctx.report('FLOW3031', o.span, { operand: o.raw, reason: 'If conditions accept whole numbers without leading zeros only' }, {
        help: backticks ? 'write the condition as a backtick expression, which accepts any number' : 'use a whole number',
        ...(backticks ? { fixes: [backtickFix(cond)] } : {}),
      });
    }
  }
}

/** Only made when reporting: rendering the condition is not free. */
function backtickFix(cond: A.Expression): Fix {
  return { title: 'Write the condition as a backtick expression', edits: [{ span: cond.span, newText: `\`${renderExpression(cond)}\`` }] };
}
