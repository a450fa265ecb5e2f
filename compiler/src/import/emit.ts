// The .flow text of a syntax tree that has no .flow source (one built from Flow JSON by to-ast.ts): every
// token written from the tree itself — names from their `name`, strings from their parts (escaped for
// .flow), numbers from `raw`, backtick expressions from `raw`. The text is correct but not laid out;
// importFlowJson gives it to formatFlow, so that an imported file is exactly what `flowc fmt` prints.
// Parentheses are written around every nested operator expression (the parser keeps none, the printer
// then writes only those precedence needs), and a `;` after every member (the printer drops the ones
// that are not needed).
import type * as A from '../ast.js';
import { isBareWord, isName } from './to-ast.js';

export function emitFlow(file: A.FlowFile): string {
  const out: string[] = [];
  if (file.header) out.push(header(file.header));
  for (const s of file.screens) out.push(screen(s));
  return `${out.join('\n\n')}\n`;
}

function header(h: A.FlowHeader): string {
  const settings = h.settings.map((s) => (s.value ? `${s.name.name} ${literal(s.value)}` : s.name.name));
  return `flow${h.name ? ` ${h.name.name}` : ''} { ${settings.join('; ')} }`;
}

function screen(s: A.Screen): string {
  return `screen ${s.id.name}${s.title ? ` ${string(s.title)}` : ''} ${block(s.members, '')}`;
}

function block(members: readonly A.Member[], indent: string): string {
  if (members.length === 0) return '{}';
  const inner = `${indent}  `;
  return `{\n${members.map((m) => `${inner}${member(m, inner)};`).join('\n')}\n${indent}}`;
}

function member(m: A.Member, indent: string): string {
  switch (m.kind) {
    case 'Property':
      if (!m.value) return m.name.name;
      if (m.value.kind === 'ItemList') return `${m.name.name} ${itemList(m.value, indent)}`;
      return `${m.name.name}: ${value(m.value, indent)}`;
    case 'Component': {
      let text = m.type.name;
      if (m.name) text += ` ${isName(m.name.name) ? m.name.name : quote(m.name.name)}`;
      if (m.text) text += ` ${expression(m.text, indent)}`;
      if (m.members.length > 0 || m.block) text += ` ${block(m.members, indent)}`;
      if (m.action) text += ` -> ${action(m.action, indent)}`;
      return text;
    }
    case 'If': {
      let text = `If ${expression(m.condition, indent)} ${block(m.then, indent)}`;
      if (m.else) text += ` else ${block(m.else, indent)}`;
      return text;
    }
    case 'Switch': {
      const inner = `${indent}  `;
      const cases = m.cases.map((c) => `${inner}case ${isName(c.key.name) ? c.key.name : quote(c.key.name)} ${block(c.members, inner)}`);
      return `Switch ${expression(m.value, indent)} ${cases.length ? `{\n${cases.join('\n')}\n${indent}}` : '{}'}`;
    }
    case 'DataBlock': {
      const inner = `${indent}  `;
      const fields = m.fields.map((f) => {
        let text = f.name.name;
        if (f.type) text += `: ${type(f.type, inner)}`;
        if (f.example) text += ` = ${value(f.example, inner)}`;
        return `${inner}${text};`;
      });
      return fields.length ? `data {\n${fields.join('\n')}\n${indent}}` : 'data {}';
    }
    case 'Routes':
      return `routes ${m.targets.map((t) => t.name).join(', ')}`;
  }
}

function type(t: A.TypeExpression, indent: string): string {
  switch (t.kind) {
    case 'PrimitiveType':
      return t.name;
    case 'ArrayType':
      return `[${type(t.element, indent)}]`;
    case 'ObjectType':
      return t.fields.length ? `{ ${t.fields.map((f) => `${f.name.name}: ${type(f.type, indent)}`).join(', ')} }` : '{}';
    case 'SchemaType':
      return `schema ${object(t.schema, indent)}`;
  }
}

function itemList(list: A.ItemList, indent: string): string {
  if (list.items.length === 0) return '{}';
  const inner = `${indent}  `;
  const items = list.items.map((item) => {
    let text = item.idStyle === 'name' && isBareWord(item.id.name) ? item.id.name : item.idStyle === 'number' ? item.id.name : quote(item.id.name);
    if (item.title) text += ` ${string(item.title)}`;
    if (item.members.length > 0) text += ` ${block(item.members, inner)}`;
    return `${inner}${text};`;
  });
  return `{\n${items.join('\n')}\n${indent}}`;
}

function value(v: A.Value, indent: string): string {
  switch (v.kind) {
    case 'Action':
      return action(v, indent);
    case 'ItemList':
      return itemList(v, indent);
    default:
      return expression(v, indent);
  }
}

function action(a: A.Action, indent: string): string {
  let text: string = a.name;
  if (a.target) text += ` ${a.target.name}`;
  if (a.url) text += ` ${string(a.url)}`;
  if (a.payload) text += ` ${object(a.payload, indent)}`;
  return text;
}

function expression(e: A.Expression, indent: string): string {
  switch (e.kind) {
    case 'String':
      return string(e);
    case 'Number':
      return e.raw;
    case 'Boolean':
      return String(e.value);
    case 'Name':
      return e.name;
    case 'Backtick':
      return `\`${e.raw}\``;
    case 'Reference':
      return reference(e);
    case 'Array':
      return `[${e.elements.map((x) => value(x, indent)).join(', ')}]`;
    case 'Object':
      return object(e, indent);
    case 'Unary':
      return `${e.operator}${operand(e.operand, indent)}`;
    case 'Binary':
      return `${operand(e.left, indent)} ${e.operator} ${operand(e.right, indent)}`;
  }
}

/** An operand of an operator: in parentheses when it is an operator expression itself. */
function operand(e: A.Expression, indent: string): string {
  const text = expression(e, indent);
  return e.kind === 'Binary' || e.kind === 'Unary' || (e.kind === 'Number' && e.raw.startsWith('-')) ? `(${text})` : text;
}

function object(o: A.ObjectLiteral, indent: string): string {
  if (o.entries.length === 0) return '{}';
  const entries = o.entries.map((e) => `${e.quoted || !isName(e.key.name) ? quote(e.key.name) : e.key.name}: ${value(e.value, indent)}`);
  return `{ ${entries.join(', ')} }`;
}

function reference(r: A.Reference): string {
  const path = r.path.map((p) => p.name).join('.');
  return r.screen ? `screen.${r.screen.name}.${r.root}.${path}` : `${r.root}.${path}`;
}

function literal(v: A.StringLiteral | A.NumberLiteral): string {
  return v.kind === 'String' ? string(v) : v.raw;
}

/** A .flow string: its text parts escaped, its references as `${…}`. */
function string(s: A.StringLiteral): string {
  return `"${s.parts.map((p) => (typeof p === 'string' ? escape(p) : `\${${reference(p)}}`)).join('')}"`;
}

/** A plain text as a .flow string (keys, case keys, item ids). */
function quote(text: string): string {
  return `"${escape(text)}"`;
}

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** Text for inside a .flow string: JSON's escapes, and `\$` before `{` so that `${` stays text. */
export function escape(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (c in ESCAPES) out += ESCAPES[c];
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (c === '$' && text[i + 1] === '{') out += '\\$';
    else out += c;
  }
  return out;
}
