// The Chevrotain grammar of .flow, with error recovery on. Its rules build the AST directly (embedded
// actions): no concrete syntax tree is allocated and walked again. The grammar is a little wider than
// the language (any `key: value` on any component): the checks narrow it down with better messages
// than a parser could give.
//
// Recovery can leave holes: a token inserted by recovery is no real token, and a rule that recovery
// abandoned returns undefined. Every action here is defensive, and a hole becomes a smaller AST, never an
// exception. While Chevrotain records the grammar (RECORDING_PHASE), subrules return placeholders: no
// node is built then.
//
// Speed: the alternatives of each OR are built once (a fresh array of closures per call was most of what
// parsing allocated), and operator and separator choices are token categories, one CONSUME each.
import { EmbeddedActionsParser, EOF, tokenMatcher, type IOrAlt, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import type * as A from '../ast.js';
import { BINARY_PRECEDENCE as PRECEDENCE } from '../ast.js';
import type { ActionName } from '../catalog/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../source.js';
import { FirstTokenLookahead } from './lookahead.js';
import { backtickReferences, decodeString, tokenSpan } from './strings.js';
import * as T from './tokens.js';

/** What a rule expects, in the user's words (used when nothing valid starts at a token). */
export const RULE_EXPECTATIONS: Readonly<Record<string, string>> = {
  file: "a screen (screen NAME \"Title\" { … }) or the flow header (flow { … })",
  header: "the flow header: flow { version \"7.3\" }",
  setting: 'a flow setting such as version "7.3"',
  screen: 'a screen: screen NAME "Title" { … }',
  block: "a property (key: value), a component or '}'",
  member: "a property (key: value), a component or '}'",
  property: 'a property: key: value',
  dataBlock: 'a data field: name = example',
  dataField: 'a data field: name = example',
  typeExpr: 'a type: string, number, integer, boolean, [type] or { field: type }',
  routesDecl: 'a screen name',
  component: 'a component',
  ifComponent: 'a condition and a { … } block',
  switchComponent: "a value and a { case … } block",
  switchCase: 'a case: case NAME { … }',
  itemList: "an item: id \"Title\" { … }, or '}'",
  item: 'an item: id "Title"',
  action: 'an action: navigate, complete, data_exchange, update_data or open_url',
  value: 'a value: a string, number, true/false, [list], { object }, reference or action',
  expression: 'a value: a string, number, true/false, [list], { object } or reference',
  primary: 'a value: a string, number, true/false, [list], { object } or reference',
  reference: 'a reference: data.field, form.field or screen.SCREEN.data.field',
  arrayLiteral: "a list item or ']'",
  objectLiteral: "an object entry (key: value) or '}'",
  objectEntry: 'an object entry: key: value',
};

/** What a mismatch "expects" when the parser wanted no more input (never Chevrotain's 'EOF'). */
export const END_OF_INPUT = 'the end of the file';

function label(type: TokenType): string {
  if (type === EOF) return END_OF_INPUT;
  return type.LABEL ?? `'${type.name}'`;
}

/** Messages hold only the "expected …" part; parse.ts adds what was found and the code. */
const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => label(expected),
  buildNotAllInputParsedMessage: () => RULE_EXPECTATIONS.file!,
  buildNoViableAltMessage: ({ ruleName }) => RULE_EXPECTATIONS[ruleName] ?? 'something else',
  buildEarlyExitMessage: ({ ruleName }) => RULE_EXPECTATIONS[ruleName] ?? 'something else',
};

/** A token that is really in the text (not inserted by recovery, not the end of input). */
function real(t: IToken | undefined): t is IToken {
  return t !== undefined && !t.isInsertedInRecovery && !Number.isNaN(t.startOffset);
}

function identifier(t: IToken): A.Identifier {
  return { kind: 'Identifier', name: t.image, span: tokenSpan(t) };
}

/** A block's members and the span of its braces. */
interface Block {
  readonly kind: 'Block';
  readonly members: A.Member[];
  readonly span: Span;
}

/** Shared by every node without a block. Not frozen: a frozen array has a shape of its own, and every
 *  loop over members would then see two kinds of array. */
const NO_MEMBERS: readonly A.Member[] = [];

/** What a rule that a syntax error interrupted leaves for the rule that recovers (see `salvaged`). */
type Salvage = Block | A.Component | A.DataBlock | A.Screen;

/** A property's value after ':' that a syntax error took. */
const LOST = Symbol('lost value');

const ACTION_KEYWORDS = new Map<TokenType, ActionName>([
  [T.Navigate, 'navigate'],
  [T.Complete, 'complete'],
  [T.DataExchange, 'data_exchange'],
  [T.UpdateData, 'update_data'],
  [T.OpenUrl, 'open_url'],
]);

class FlowParser extends EmbeddedActionsParser {
  /** What one `file()` call read; kept here so a recovery at the top rule loses nothing already built. */
  parsedHeader: A.FlowHeader | undefined;
  readonly parsedScreens: A.Screen[] = [];
  /** Problems inside strings (escapes, `${…}`), found while building. */
  readonly diagnostics: Diagnostic[] = [];
  /**
   * What the last rule a syntax error interrupted had built. Chevrotain returns nothing from an
   * interrupted rule, so block, data block, component and screen leave their partial node here as the
   * error passes through them, and the rule that recovers adopts it: an unclosed brace or a dangling
   * `->` costs an error, not the screen, component or data fields around it. A rule that adopts from
   * its children clears this when it starts, so it never sees what an earlier, unrelated error left.
   */
  private salvaged: Salvage | undefined;

  constructor() {
    super(T.ALL_TOKENS, {
      recoveryEnabled: true,
      maxLookahead: 3,
      lookaheadStrategy: new FirstTokenLookahead({ maxLookahead: 3, tokens: T.ALL_TOKENS }),
      errorMessageProvider: messages,
      skipValidations: true,
    });
    this.performSelfAnalysis();
  }

  /** Starts reading a new token list. */
  read(tokens: IToken[]): void {
    this.input = tokens;
    this.parsedHeader = undefined;
    this.parsedScreens.length = 0;
    this.diagnostics.length = 0;
    this.salvaged = undefined;
  }

  /** The salvaged node if it is of the kind asked for; cleared either way. */
  private takeSalvaged<K extends Salvage['kind']>(kind: K): Extract<Salvage, { kind: K }> | undefined {
    const node = this.salvaged;
    this.salvaged = undefined;
    return node?.kind === kind ? (node as Extract<Salvage, { kind: K }>) : undefined;
  }

  /** A salvaged member (a component or a data block); cleared either way. */
  private takeSalvagedMember(): A.Component | A.DataBlock | undefined {
    const node = this.salvaged;
    this.salvaged = undefined;
    return node?.kind === 'Component' || node?.kind === 'DataBlock' ? node : undefined;
  }

  /** The span from `first` to the last token consumed; empty (at the previous end) if none was. */
  private spanFrom(first: IToken): Span {
    const last = this.LA(0);
    const end = real(last) ? last.startOffset + last.image.length : real(first) ? first.startOffset : 0;
    return { start: real(first) && first.startOffset < end ? first.startOffset : end, end };
  }

  /** A string token as a literal (its problems reported); nothing for a token recovery inserted. */
  private string(t: IToken | undefined): A.StringLiteral | undefined {
    return real(t) && !this.RECORDING_PHASE ? decodeString(t, this.diagnostics) : undefined;
  }

  /** An identifier from a name token, or from a "quoted" string token (`OptIn "T&Cs"`, `case "a b"`). */
  private nameOf(t: IToken): A.Identifier {
    return tokenMatcher(t, T.StringLiteral) ? { kind: 'Identifier', name: this.string(t)!.value, span: tokenSpan(t) } : identifier(t);
  }

  private separator(): void {
    this.OPTION9(this.separatorToken);
  }

  private adoptScreen(screen: A.Screen | undefined): undefined {
    if (screen) this.parsedScreens.push(screen);
    return undefined;
  }

  // The optional parts of rules, as functions made once: a closure made on every call was garbage.
  // (Chevrotain tells productions apart by the rule and the OPTION's number, not by the function.)
  private readonly separatorToken = () => this.CONSUME9(T.Separator);
  private readonly settingValue = () => this.OR(this.settingValues);
  private readonly screenTitle = () => this.CONSUME(T.StringLiteral);
  private readonly propertyValue = () => this.OR(this.propertyValues);
  private readonly fieldType = () => {
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.typeExpr);
  };
  private readonly fieldExample = () => {
    this.CONSUME(T.Equals);
    return this.SUBRULE(this.value);
  };
  private readonly componentText = () => this.OR(this.componentTexts);
  private readonly componentBlock = () => this.SUBRULE(this.block);
  private readonly componentAction = () => {
    this.CONSUME(T.Arrow);
    return this.SUBRULE(this.action);
  };
  private readonly itemTitle = () => this.CONSUME2(T.StringLiteral);
  private readonly itemBlock = () => this.SUBRULE(this.block);
  private readonly navigatePayload = () => this.SUBRULE(this.objectLiteral);
  private readonly actionPayload = () => this.SUBRULE2(this.objectLiteral);
  private readonly elementComma = () => this.CONSUME(T.Comma);

  file = this.RULE(
    'file',
    () => {
      this.OPTION(() => {
        const header = this.SUBRULE(this.header);
        if (!this.RECORDING_PHASE) this.parsedHeader = header;
      });
      this.MANY(() => {
        this.salvaged = undefined;
        const screen = this.SUBRULE(this.screen);
        if (screen && !this.RECORDING_PHASE) this.parsedScreens.push(screen);
      });
    },
    { recoveryValueFunc: () => this.adoptScreen(this.takeSalvaged('Screen')) },
  );

  private readonly settingValues: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.StringLiteral) },
    { ALT: () => this.CONSUME(T.NumberLiteral) },
  ];

  header = this.RULE('header', (): A.FlowHeader | undefined => {
    const first = this.CONSUME(T.Flow);
    const name = this.OPTION(() => this.CONSUME(T.Name));
    this.CONSUME(T.LBrace);
    const settings: A.Setting[] = [];
    this.MANY(() => {
      const setting = this.SUBRULE(this.setting);
      if (setting) settings.push(setting);
    });
    this.CONSUME(T.RBrace);
    if (this.RECORDING_PHASE) return undefined;
    return { kind: 'Header', name: real(name) ? identifier(name) : undefined, settings, span: this.spanFrom(first) };
  });

  setting = this.RULE('setting', (): A.Setting | undefined => {
    const key = this.CONSUME(T.LowerIdent);
    const value = this.OPTION(this.settingValue);
    this.separator();
    if (this.RECORDING_PHASE || !real(key)) return undefined;
    const literal = !real(value) ? undefined : tokenMatcher(value, T.NumberLiteral) ? number(value) : this.string(value);
    return { kind: 'Setting', name: identifier(key), value: literal, span: this.spanFrom(key) };
  });

  screen = this.RULE(
    'screen',
    (): A.Screen | undefined => {
      const first = this.CONSUME(T.Screen);
      const id = this.CONSUME(T.Name);
      const title = this.OPTION(this.screenTitle);
      let block: Block | undefined;
      let complete = false;
      try {
        block = this.SUBRULE(this.block);
        complete = true;
      } finally {
        if (!complete) this.salvaged = this.buildScreen(first, id, title, this.takeSalvaged('Block'));
      }
      return this.RECORDING_PHASE ? undefined : this.buildScreen(first, id, title, block);
    },
    { recoveryValueFunc: () => this.adoptScreen(this.takeSalvaged('Screen')) },
  );

  private buildScreen(first: IToken, id: IToken, title: IToken | undefined, block: Block | undefined): A.Screen {
    const span = this.spanFrom(first);
    return {
      kind: 'Screen',
      id: real(id) ? identifier(id) : { kind: 'Identifier', name: '', span: { start: span.end, end: span.end } },
      title: this.string(title),
      members: block?.members ?? NO_MEMBERS,
      span,
    };
  }

  block = this.RULE(
    'block',
    (): Block | undefined => {
      const first = this.CONSUME(T.LBrace);
      const members: A.Member[] = [];
      let complete = false;
      try {
        this.MANY(() => {
          const member = this.SUBRULE(this.member);
          if (member) members.push(member);
          this.separator();
        });
        this.CONSUME(T.RBrace);
        complete = true;
      } finally {
        if (!complete) {
          // the member the error interrupted, if it salvaged itself, is the block's last
          const interrupted = this.takeSalvagedMember();
          if (interrupted) members.push(interrupted);
          this.salvaged = { kind: 'Block', members, span: this.spanFrom(first) };
        }
      }
      return this.RECORDING_PHASE ? undefined : { kind: 'Block', members, span: this.spanFrom(first) };
    },
    { recoveryValueFunc: () => this.takeSalvaged('Block') },
  );

  private readonly members: IOrAlt<A.Member | undefined>[] = [
    { ALT: () => this.SUBRULE(this.dataBlock) },
    { ALT: () => this.SUBRULE(this.routesDecl) },
    { ALT: () => this.SUBRULE(this.property) },
    { ALT: () => this.SUBRULE(this.ifComponent) },
    { ALT: () => this.SUBRULE(this.switchComponent) },
    { ALT: () => this.SUBRULE(this.component) },
  ];

  member = this.RULE(
    'member',
    (): A.Member | undefined => {
      this.salvaged = undefined;
      return this.OR(this.members);
    },
    { recoveryValueFunc: () => this.takeSalvagedMember() },
  );

  /** `: value` or an item list; LOST when the value after ':' was lost to a syntax error. */
  private readonly propertyValues: IOrAlt<A.Value | typeof LOST>[] = [
    {
      ALT: () => {
        this.CONSUME(T.Colon);
        return this.SUBRULE(this.value) ?? LOST;
      },
    },
    { ALT: () => this.SUBRULE(this.itemList) ?? LOST },
  ];

  property = this.RULE('property', (): A.Property | undefined => {
    const key = this.CONSUME(T.LowerIdent);
    const value = this.OPTION(this.propertyValue);
    // `key:` with the value lost: keep no property, not even as a flag (that would be `true`)
    if (this.RECORDING_PHASE || !real(key) || value === LOST) return undefined;
    return { kind: 'Property', name: identifier(key), value, span: this.spanFrom(key) };
  });

  dataBlock = this.RULE('dataBlock', (): A.DataBlock | undefined => {
    const first = this.CONSUME(T.Data);
    this.CONSUME(T.LBrace);
    const fields: A.DataField[] = [];
    let complete = false;
    try {
      this.MANY({
        GATE: this.notComponentStart,
        DEF: () => {
          const field = this.SUBRULE(this.dataField);
          if (field) fields.push(field);
          this.separator();
        },
      });
      this.CONSUME(T.RBrace);
      complete = true;
    } finally {
      if (!complete) this.salvaged = { kind: 'DataBlock', fields, span: this.spanFrom(first) };
    }
    return this.RECORDING_PHASE ? undefined : { kind: 'DataBlock', fields, span: this.spanFrom(first) };
  });

  /**
   * A data field's name can be any word, so an unclosed data block would read the components after it
   * as fields, one error each. A capitalised word starts a component — the block ends there, with one
   * error for its missing '}' — unless what follows shows it is a field: ':' or '=' after it, or, for a
   * field written without an example (`Total`, which the checks then report), the block's end, a
   * separator or the next field (`count = 1`) after it.
   */
  private readonly notComponentStart = (): boolean => {
    const type = this.LA(1).tokenType;
    if (type !== T.UpperIdent && type !== T.If && type !== T.Switch) return true;
    const next = this.LA(2);
    if (tokenMatcher(next, T.Colon) || tokenMatcher(next, T.Equals) || tokenMatcher(next, T.RBrace) || tokenMatcher(next, T.Separator)) {
      return true;
    }
    return tokenMatcher(next, T.Name) && (tokenMatcher(this.LA(3), T.Colon) || tokenMatcher(this.LA(3), T.Equals));
  };

  dataField = this.RULE('dataField', (): A.DataField | undefined => {
    const name = this.CONSUME(T.Name);
    const type = this.OPTION(this.fieldType);
    const example = this.OPTION2(this.fieldExample);
    if (this.RECORDING_PHASE || !real(name)) return undefined;
    return { kind: 'DataField', name: identifier(name), type, example, span: this.spanFrom(name) };
  });

  private readonly typeExpressions: IOrAlt<A.TypeExpression | undefined>[] = [
    {
      ALT: () => {
        const first = this.CONSUME(T.LBracket);
        const element = this.SUBRULE(this.typeExpr);
        this.CONSUME(T.RBracket);
        if (this.RECORDING_PHASE || !element) return undefined;
        return { kind: 'ArrayType', element, span: this.spanFrom(first) };
      },
    },
    {
      ALT: () => {
        const first = this.CONSUME(T.LBrace);
        const fields: { name: A.Identifier; type: A.TypeExpression }[] = [];
        this.MANY(() => {
          const name = this.CONSUME(T.Name);
          this.CONSUME(T.Colon);
          const type = this.SUBRULE2(this.typeExpr);
          if (real(name) && type) fields.push({ name: identifier(name), type });
          this.OPTION(() => this.CONSUME(T.Separator));
        });
        this.CONSUME(T.RBrace);
        return this.RECORDING_PHASE ? undefined : { kind: 'ObjectType', fields, span: this.spanFrom(first) };
      },
    },
    {
      // `string`, `number`, … or `schema { raw JSON schema }`
      ALT: () => {
        const word = this.CONSUME2(T.Name);
        const schema = this.OPTION2(() => this.SUBRULE(this.objectLiteral));
        if (this.RECORDING_PHASE || !real(word)) return undefined;
        if (schema && word.image === 'schema') return { kind: 'SchemaType', schema, span: this.spanFrom(word) };
        return { kind: 'PrimitiveType', name: word.image, span: tokenSpan(word) };
      },
    },
  ];

  typeExpr = this.RULE('typeExpr', (): A.TypeExpression | undefined => this.OR(this.typeExpressions));

  routesDecl = this.RULE('routesDecl', (): A.RoutesDecl | undefined => {
    const first = this.CONSUME(T.Routes);
    const targets: A.Identifier[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const target = this.CONSUME(T.Name);
        if (real(target)) targets.push(identifier(target));
      },
    });
    return this.RECORDING_PHASE ? undefined : { kind: 'Routes', targets, span: this.spanFrom(first) };
  });

  private readonly componentNames: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.Name) },
    { ALT: () => this.CONSUME2(T.StringLiteral) },
  ];

  /** The main text: "a string", a reference (TextBody data.summary) or a `backtick expression`. */
  private readonly componentTexts: IOrAlt<A.Component['text']>[] = [
    { ALT: () => this.string(this.CONSUME(T.StringLiteral)) },
    { ALT: () => this.SUBRULE(this.reference) },
    { ALT: () => backtick(this.CONSUME(T.Backtick)) },
  ];

  /**
   * A name, unless the word starts a reference (TextBody data.summary); or a "quoted name" for names
   * that are no .flow words (Meta accepts "T&Cs"), recognised by the text string after it.
   */
  private readonly componentName = {
    GATE: () =>
      tokenMatcher(this.LA(1), T.StringLiteral) ? tokenMatcher(this.LA(2), T.StringLiteral) : this.LA(2).tokenType !== T.Dot,
    DEF: () => this.OR2(this.componentNames),
  };

  component = this.RULE('component', (): A.Component | undefined => {
    const type = this.CONSUME(T.UpperIdent);
    const name = this.OPTION(this.componentName);
    const text = this.OPTION2(this.componentText);
    this.salvaged = undefined;
    let block: Block | undefined;
    let action: A.Action | undefined;
    let complete = false;
    try {
      block = this.OPTION3(this.componentBlock);
      action = this.OPTION4(this.componentAction);
      complete = true;
    } finally {
      if (!complete) this.salvaged = this.buildComponent(type, name, text, block ?? this.takeSalvaged('Block'), action);
    }
    return this.RECORDING_PHASE ? undefined : this.buildComponent(type, name, text, block, action);
  });

  private buildComponent(
    type: IToken,
    name: IToken | undefined,
    text: A.Component['text'],
    block: Block | undefined,
    action: A.Action | undefined,
  ): A.Component | undefined {
    if (!real(type)) return undefined;
    return {
      kind: 'Component',
      type: identifier(type),
      name: real(name) ? this.nameOf(name) : undefined,
      text,
      members: block?.members ?? NO_MEMBERS,
      block: block?.span,
      action,
      span: this.spanFrom(type),
    };
  }

  ifComponent = this.RULE('ifComponent', (): A.IfNode | undefined => {
    const keyword = this.CONSUME(T.If);
    const condition = this.SUBRULE(this.expression);
    const then = this.SUBRULE(this.block);
    let elseKeyword: IToken | undefined;
    const otherwise = this.OPTION(() => {
      elseKeyword = this.CONSUME(T.Else);
      return this.SUBRULE2(this.block);
    });
    if (this.RECORDING_PHASE || !real(keyword) || !condition) return undefined;
    const hasElse = real(elseKeyword);
    return {
      kind: 'If',
      keyword: identifier(keyword),
      condition,
      then: then?.members ?? NO_MEMBERS,
      else: hasElse ? (otherwise?.members ?? NO_MEMBERS) : undefined,
      elseKeyword: hasElse ? tokenSpan(elseKeyword!) : undefined,
      span: this.spanFrom(keyword),
    };
  });

  switchComponent = this.RULE('switchComponent', (): A.SwitchNode | undefined => {
    const keyword = this.CONSUME(T.Switch);
    const value = this.SUBRULE(this.expression);
    this.CONSUME(T.LBrace);
    const cases: A.SwitchCase[] = [];
    this.MANY(() => {
      const c = this.SUBRULE(this.switchCase);
      if (c) cases.push(c);
    });
    this.CONSUME(T.RBrace);
    if (this.RECORDING_PHASE || !real(keyword) || !value) return undefined;
    return { kind: 'Switch', keyword: identifier(keyword), value, cases, span: this.spanFrom(keyword) };
  });

  private readonly caseKeys: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME(T.StringLiteral) }];

  switchCase = this.RULE('switchCase', (): A.SwitchCase | undefined => {
    const first = this.CONSUME(T.Case);
    const key = this.OR(this.caseKeys);
    const block = this.SUBRULE(this.block);
    if (this.RECORDING_PHASE || !real(key)) return undefined;
    return { kind: 'Case', key: this.nameOf(key), members: block?.members ?? NO_MEMBERS, span: this.spanFrom(first) };
  });

  itemList = this.RULE('itemList', (): A.ItemList | undefined => {
    const first = this.CONSUME(T.LBrace);
    const items: A.Item[] = [];
    this.MANY(() => {
      const item = this.SUBRULE(this.item);
      if (item) items.push(item);
      this.separator();
    });
    this.CONSUME(T.RBrace);
    return this.RECORDING_PHASE ? undefined : { kind: 'ItemList', items, span: this.spanFrom(first) };
  });

  private readonly itemIds: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.Name) },
    { ALT: () => this.CONSUME(T.StringLiteral) },
    { ALT: () => this.CONSUME(T.NumberLiteral) },
  ];

  /** `id "Title" { … }`: the id is a name, a "string" or a number. */
  item = this.RULE('item', (): A.Item | undefined => {
    const id = this.OR(this.itemIds);
    const title = this.OPTION(this.itemTitle);
    const block = this.OPTION2(this.itemBlock);
    if (this.RECORDING_PHASE || !real(id)) return undefined;
    const idStyle = tokenMatcher(id, T.StringLiteral) ? 'string' : tokenMatcher(id, T.NumberLiteral) ? 'number' : 'name';
    return {
      kind: 'Item',
      id: this.nameOf(id),
      idStyle,
      title: this.string(title),
      members: block?.members ?? NO_MEMBERS,
      span: this.spanFrom(id),
    };
  });

  private readonly payloadActions: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(T.Complete) },
    { ALT: () => this.CONSUME(T.DataExchange) },
    { ALT: () => this.CONSUME(T.UpdateData) },
  ];

  private readonly actions: IOrAlt<A.Action | undefined>[] = [
    {
      ALT: () => {
        const keyword = this.CONSUME(T.Navigate);
        const target = this.CONSUME(T.Name);
        const payload = this.OPTION(this.navigatePayload);
        return real(target) ? this.buildAction(keyword, target, payload, undefined) : undefined;
      },
    },
    {
      ALT: () => {
        const keyword = this.OR2(this.payloadActions);
        const payload = this.OPTION2(this.actionPayload);
        return this.buildAction(keyword, undefined, payload, undefined);
      },
    },
    {
      ALT: () => {
        const keyword = this.CONSUME(T.OpenUrl);
        const url = this.CONSUME(T.StringLiteral);
        return this.buildAction(keyword, undefined, undefined, url);
      },
    },
  ];

  action = this.RULE('action', (): A.Action | undefined => this.OR(this.actions));

  private buildAction(
    keyword: IToken,
    target: IToken | undefined,
    payload: A.ObjectLiteral | undefined,
    url: IToken | undefined,
  ): A.Action | undefined {
    const name = real(keyword) && !this.RECORDING_PHASE ? ACTION_KEYWORDS.get(keyword.tokenType) : undefined;
    if (!name) return undefined;
    return {
      kind: 'Action',
      name,
      keyword: tokenSpan(keyword),
      target: real(target) ? identifier(target) : undefined,
      payload,
      url: this.string(url),
      span: this.spanFrom(keyword),
    };
  }

  private readonly values: IOrAlt<A.Value | undefined>[] = [
    // action keywords are names too: an action wins where one can start
    { ALT: () => this.SUBRULE(this.action), IGNORE_AMBIGUITIES: true },
    { ALT: () => this.SUBRULE(this.expression) },
  ];

  value = this.RULE('value', (): A.Value | undefined => this.OR(this.values));

  /**
   * Operands and binary operators in a flat list, folded by precedence (all are left-associative). Each
   * operand is prefix operators (a loop, not recursion: `!!!!x` cannot exhaust the stack) and a primary,
   * read here rather than in a rule of its own: most values are one primary, and a rule call is not free.
   */
  expression = this.RULE('expression', (): A.Expression | undefined => {
    let prefixes: IToken[] | undefined;
    this.MANY(() => (prefixes ??= []).push(this.CONSUME(T.PrefixOperator)));
    const first = this.SUBRULE(this.primary);
    let operators: IToken[] | undefined;
    let operands: (A.Expression | undefined)[] | undefined;
    this.MANY2(() => {
      (operators ??= []).push(this.CONSUME(T.BinaryOperator));
      let operandPrefixes: IToken[] | undefined;
      this.MANY3(() => (operandPrefixes ??= []).push(this.CONSUME2(T.PrefixOperator)));
      const operand = this.SUBRULE2(this.primary);
      if (this.RECORDING_PHASE) return;
      (operands ??= []).push(operandPrefixes && operand ? applyPrefixes(operandPrefixes, operand) : operand);
    });
    if (this.RECORDING_PHASE) return undefined;
    const head = prefixes && first ? applyPrefixes(prefixes, first) : first;
    return operators && operands ? fold(head, operators, operands) : head;
  });

  private readonly primaries: IOrAlt<A.Expression | undefined>[] = [
    { ALT: () => this.string(this.CONSUME(T.StringLiteral)) },
    { ALT: () => number(this.CONSUME(T.NumberLiteral)) },
    { ALT: () => boolean(this.CONSUME(T.True)), IGNORE_AMBIGUITIES: true },
    { ALT: () => boolean(this.CONSUME(T.False)), IGNORE_AMBIGUITIES: true },
    { ALT: () => backtick(this.CONSUME(T.Backtick)) },
    { ALT: () => this.SUBRULE(this.arrayLiteral) },
    { ALT: () => this.SUBRULE(this.objectLiteral) },
    { ALT: () => this.SUBRULE(this.reference) },
    {
      ALT: () => {
        this.CONSUME(T.LParen);
        const inner = this.SUBRULE(this.expression);
        this.CONSUME(T.RParen);
        return inner;
      },
    },
    // a bare word: an enum value (input-type: email) or a screen id
    {
      ALT: () => {
        const name = this.CONSUME(T.Name);
        return real(name) ? { kind: 'Name', name: name.image, span: tokenSpan(name) } : undefined;
      },
    },
  ];

  primary = this.RULE('primary', (): A.Expression | undefined => this.OR(this.primaries));

  private readonly dataOrForm: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Data) }, { ALT: () => this.CONSUME(T.Form) }];
  private readonly screenDataOrForm: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME2(T.Data) }, { ALT: () => this.CONSUME2(T.Form) }];

  /** The root of a reference: `data` or `form`, or `screen.NAME.data` (then with the screen's name). */
  private readonly referenceRoots: IOrAlt<{ readonly root: IToken; readonly screen?: IToken } | IToken>[] = [
    { ALT: () => this.OR2(this.dataOrForm) },
    {
      ALT: () => {
        this.CONSUME(T.Screen);
        this.CONSUME(T.Dot);
        const screen = this.CONSUME(T.Name);
        this.CONSUME2(T.Dot);
        return { root: this.OR3(this.screenDataOrForm), screen };
      },
    },
  ];

  reference = this.RULE('reference', (): A.Reference | undefined => {
    const first = this.LA(1);
    const start = this.OR(this.referenceRoots);
    const path: A.Identifier[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME3(T.Dot);
      const segment = this.CONSUME2(T.Name);
      if (real(segment)) path.push(identifier(segment));
    });
    if (this.RECORDING_PHASE || !start) return undefined;
    const { root, screen } = 'root' in start ? start : { root: start, screen: undefined };
    if (!real(root) || path.length === 0 || (screen !== undefined && !real(screen))) return undefined;
    return {
      kind: 'Reference',
      root: root.image as 'data' | 'form',
      screen: screen ? identifier(screen) : undefined,
      path,
      span: this.spanFrom(first),
    };
  });

  arrayLiteral = this.RULE('arrayLiteral', (): A.ArrayLiteral | undefined => {
    const first = this.CONSUME(T.LBracket);
    const elements: A.Value[] = [];
    this.MANY(() => {
      const element = this.SUBRULE(this.value);
      if (element) elements.push(element);
      this.OPTION(this.elementComma);
    });
    this.CONSUME(T.RBracket);
    return this.RECORDING_PHASE ? undefined : { kind: 'Array', elements, span: this.spanFrom(first) };
  });

  objectLiteral = this.RULE('objectLiteral', (): A.ObjectLiteral | undefined => {
    const first = this.CONSUME(T.LBrace);
    const entries: A.ObjectEntry[] = [];
    this.MANY(() => {
      const entry = this.SUBRULE(this.objectEntry);
      if (entry) entries.push(entry);
      this.separator();
    });
    this.CONSUME(T.RBrace);
    return this.RECORDING_PHASE ? undefined : { kind: 'Object', entries, span: this.spanFrom(first) };
  });

  private readonly entryKeys: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME(T.StringLiteral) }];

  objectEntry = this.RULE('objectEntry', (): A.ObjectEntry | undefined => {
    const key = this.OR(this.entryKeys);
    this.CONSUME(T.Colon);
    const value = this.SUBRULE(this.value);
    if (this.RECORDING_PHASE || !value || !real(key)) return undefined;
    return { kind: 'Entry', key: this.nameOf(key), quoted: tokenMatcher(key, T.StringLiteral), value, span: this.spanFrom(key) };
  });
}

function number(t: IToken): A.NumberLiteral | undefined {
  return real(t) ? { kind: 'Number', value: Number(t.image), raw: t.image, span: tokenSpan(t) } : undefined;
}

function boolean(t: IToken): A.BooleanLiteral | undefined {
  return real(t) ? { kind: 'Boolean', value: t.image === 'true', span: tokenSpan(t) } : undefined;
}

function backtick(t: IToken): A.BacktickLiteral | undefined {
  if (!real(t)) return undefined;
  const raw = t.image.slice(1, -1);
  return { kind: 'Backtick', raw, references: backtickReferences(raw, t.startOffset + 1), span: tokenSpan(t) };
}

/** Shunting-yard over `first (operator operand)*`; stops at the first piece recovery lost. */
function fold(first: A.Expression | undefined, operators: IToken[], rest: (A.Expression | undefined)[]): A.Expression | undefined {
  if (!first) return undefined;
  const operands: A.Expression[] = [first];
  const pending: A.BinaryOperator[] = [];
  const reduce = () => {
    const right = operands.pop()!;
    const left = operands.pop()!;
    const operator = pending.pop()!;
    operands.push({ kind: 'Binary', operator, left, right, span: { start: left.span.start, end: right.span.end } });
  };
  for (let i = 0; i < rest.length; i++) {
    const operand = rest[i];
    const op = operators[i]!;
    if (!operand || !real(op)) break; // recovery lost a piece: keep what is whole
    const operator = op.image as A.BinaryOperator;
    while (pending.length > 0 && PRECEDENCE[pending[pending.length - 1]!] >= PRECEDENCE[operator]) reduce();
    pending.push(operator);
    operands.push(operand);
  }
  while (pending.length > 0) reduce();
  return operands[0];
}

/** Applies prefix operators innermost first; `-` before a number literal makes a negative number. */
function applyPrefixes(prefixes: IToken[], operand: A.Expression): A.Expression {
  let result = operand;
  for (let i = prefixes.length - 1; i >= 0; i--) {
    const op = prefixes[i]!;
    if (!real(op)) continue;
    const span: Span = { start: op.startOffset, end: result.span.end };
    result =
      op.image === '-' && result.kind === 'Number' && !result.raw.startsWith('-')
        ? { kind: 'Number', value: -result.value, raw: `-${result.raw}`, span }
        : { kind: 'Unary', operator: op.image as '!' | '-', operand: result, span };
  }
  return result;
}

/** The one parser instance; `read` gives it each token list (Chevrotain's advice). */
export const parser = new FlowParser();
