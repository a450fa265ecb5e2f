// The Chevrotain grammar of .flow, with error recovery on. It builds a CST; build-ast.ts turns that into
// the AST. The grammar is a little wider than the language (any `key: value` on any component): the
// checks narrow it down with better messages than a parser could give.
import { CstParser, EOF, tokenMatcher, type CstNode, type IParserErrorMessageProvider, type TokenType } from 'chevrotain';
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
  unaryExpr: 'a value',
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

/** Messages hold only the "expected …" part; build-ast adds what was found and the code. */
const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => label(expected),
  buildNotAllInputParsedMessage: () => RULE_EXPECTATIONS.file!,
  buildNoViableAltMessage: ({ ruleName }) => RULE_EXPECTATIONS[ruleName] ?? 'something else',
  buildEarlyExitMessage: ({ ruleName }) => RULE_EXPECTATIONS[ruleName] ?? 'something else',
};

class FlowParser extends CstParser {
  constructor() {
    super(T.ALL_TOKENS, {
      recoveryEnabled: true,
      // every CST node knows its first and last offset: the AST builder's spans
      nodeLocationTracking: 'onlyOffset',
      maxLookahead: 3,
      errorMessageProvider: messages,
      skipValidations: true,
    });
    this.performSelfAnalysis();
  }

  file = this.RULE('file', () => {
    this.OPTION(() => this.SUBRULE(this.header));
    this.MANY(() => this.SUBRULE(this.screen));
  });

  header = this.RULE('header', () => {
    this.CONSUME(T.Flow);
    this.OPTION(() => this.CONSUME(T.Name));
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.setting));
    this.CONSUME(T.RBrace);
  });

  setting = this.RULE('setting', () => {
    this.CONSUME(T.LowerIdent);
    this.OPTION(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.StringLiteral) },
        { ALT: () => this.CONSUME(T.NumberLiteral) },
      ]),
    );
    this.OPTION2(() => this.OR2([{ ALT: () => this.CONSUME(T.Semicolon) }, { ALT: () => this.CONSUME(T.Comma) }]));
  });

  screen = this.RULE('screen', () => {
    this.CONSUME(T.Screen);
    this.CONSUME(T.Name);
    this.OPTION(() => this.CONSUME(T.StringLiteral));
    this.SUBRULE(this.block);
  });

  block = this.RULE('block', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.SUBRULE(this.member);
      this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(T.Semicolon) }, { ALT: () => this.CONSUME(T.Comma) }]));
    });
    this.CONSUME(T.RBrace);
  });

  member = this.RULE('member', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.dataBlock) },
      { ALT: () => this.SUBRULE(this.routesDecl) },
      { ALT: () => this.SUBRULE(this.property) },
      { ALT: () => this.SUBRULE(this.ifComponent) },
      { ALT: () => this.SUBRULE(this.switchComponent) },
      { ALT: () => this.SUBRULE(this.component) },
    ]);
  });

  property = this.RULE('property', () => {
    this.CONSUME(T.LowerIdent);
    this.OPTION(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Colon);
            this.SUBRULE(this.value);
          },
        },
        { ALT: () => this.SUBRULE(this.itemList) },
      ]),
    );
  });

  dataBlock = this.RULE('dataBlock', () => {
    this.CONSUME(T.Data);
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.SUBRULE(this.dataField);
      this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(T.Semicolon) }, { ALT: () => this.CONSUME(T.Comma) }]));
    });
    this.CONSUME(T.RBrace);
  });

  dataField = this.RULE('dataField', () => {
    this.CONSUME(T.Name);
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.typeExpr);
    });
    this.OPTION2(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.value);
    });
  });

  typeExpr = this.RULE('typeExpr', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          this.SUBRULE(this.typeExpr);
          this.CONSUME(T.RBracket);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LBrace);
          this.MANY(() => {
            this.CONSUME(T.Name);
            this.CONSUME(T.Colon);
            this.SUBRULE2(this.typeExpr);
            this.OPTION(() => this.OR2([{ ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(T.Semicolon) }]));
          });
          this.CONSUME(T.RBrace);
        },
      },
      {
        // `string`, `number`, … or `schema { raw JSON schema }`
        ALT: () => {
          this.CONSUME2(T.Name);
          this.OPTION2(() => this.SUBRULE(this.objectLiteral));
        },
      },
    ]);
  });

  routesDecl = this.RULE('routesDecl', () => {
    this.CONSUME(T.Routes);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Name) });
  });

  component = this.RULE('component', () => {
    this.CONSUME(T.UpperIdent);
    // a name, unless the word starts a reference (TextBody data.summary); or a "quoted name" for
    // names that are no .flow words (Meta accepts "T&Cs"), recognised by the text string after it
    this.OPTION({
      GATE: () =>
        tokenMatcher(this.LA(1), T.StringLiteral)
          ? tokenMatcher(this.LA(2), T.StringLiteral)
          : this.LA(2).tokenType !== T.Dot,
      DEF: () => this.OR2([{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME2(T.StringLiteral) }]),
    });
    // the main text: "a string", a reference (TextBody data.summary) or a `backtick expression`
    this.OPTION2(() =>
      this.OR([
        { ALT: () => this.CONSUME(T.StringLiteral) },
        { ALT: () => this.SUBRULE(this.reference) },
        { ALT: () => this.CONSUME(T.Backtick) },
      ]),
    );
    this.OPTION3(() => this.SUBRULE(this.block));
    this.OPTION4(() => {
      this.CONSUME(T.Arrow);
      this.SUBRULE(this.action);
    });
  });

  ifComponent = this.RULE('ifComponent', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.expression);
    this.SUBRULE(this.block);
    this.OPTION(() => {
      this.CONSUME(T.Else);
      this.SUBRULE2(this.block);
    });
  });

  switchComponent = this.RULE('switchComponent', () => {
    this.CONSUME(T.Switch);
    this.SUBRULE(this.expression);
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.switchCase));
    this.CONSUME(T.RBrace);
  });

  switchCase = this.RULE('switchCase', () => {
    this.CONSUME(T.Case);
    this.OR([{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME(T.StringLiteral) }]);
    this.SUBRULE(this.block);
  });

  itemList = this.RULE('itemList', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.SUBRULE(this.item);
      this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(T.Semicolon) }, { ALT: () => this.CONSUME(T.Comma) }]));
    });
    this.CONSUME(T.RBrace);
  });

  item = this.RULE('item', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Name) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.NumberLiteral) },
    ]);
    this.OPTION(() => this.CONSUME2(T.StringLiteral));
    this.OPTION2(() => this.SUBRULE(this.block));
  });

  action = this.RULE('action', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Navigate);
          this.CONSUME(T.Name);
          this.OPTION(() => this.SUBRULE(this.objectLiteral));
        },
      },
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(T.Complete) },
            { ALT: () => this.CONSUME(T.DataExchange) },
            { ALT: () => this.CONSUME(T.UpdateData) },
          ]);
          this.OPTION2(() => this.SUBRULE2(this.objectLiteral));
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.OpenUrl);
          this.CONSUME(T.StringLiteral);
        },
      },
    ]);
  });

  value = this.RULE('value', () => {
    this.OR([
      // action keywords are names too: an action wins where one can start
      { ALT: () => this.SUBRULE(this.action), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  // Operands and binary operators in a flat list: build-ast applies the precedence. One CST node per
  // operand instead of a chain of nine precedence rules keeps parsing light on allocation.
  expression = this.RULE('expression', () => {
    this.SUBRULE(this.unaryExpr);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.OrOr) },
        { ALT: () => this.CONSUME(T.AndAnd) },
        { ALT: () => this.CONSUME(T.EqEq) },
        { ALT: () => this.CONSUME(T.NotEq) },
        { ALT: () => this.CONSUME(T.LessEq) },
        { ALT: () => this.CONSUME(T.GreaterEq) },
        { ALT: () => this.CONSUME(T.Less) },
        { ALT: () => this.CONSUME(T.Greater) },
        { ALT: () => this.CONSUME(T.Plus) },
        { ALT: () => this.CONSUME(T.Minus) },
        { ALT: () => this.CONSUME(T.Star) },
        { ALT: () => this.CONSUME(T.Slash) },
        { ALT: () => this.CONSUME(T.Percent) },
      ]);
      this.SUBRULE2(this.unaryExpr);
    });
  });

  /** Prefix operators, then the operand (a loop, not recursion: `!!!!x` cannot exhaust the stack). */
  unaryExpr = this.RULE('unaryExpr', () => {
    this.MANY(() => this.OR([{ ALT: () => this.CONSUME(T.Bang) }, { ALT: () => this.CONSUME(T.Minus) }]));
    this.SUBRULE(this.primary);
  });

  primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.NumberLiteral) },
      { ALT: () => this.CONSUME(T.True), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.CONSUME(T.False), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.CONSUME(T.Backtick) },
      { ALT: () => this.SUBRULE(this.arrayLiteral) },
      { ALT: () => this.SUBRULE(this.objectLiteral) },
      { ALT: () => this.SUBRULE(this.reference) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.expression);
          this.CONSUME(T.RParen);
        },
      },
      // a bare word: an enum value (input-type: email) or a screen id
      { ALT: () => this.CONSUME(T.Name) },
    ]);
  });

  reference = this.RULE('reference', () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([{ ALT: () => this.CONSUME(T.Data) }, { ALT: () => this.CONSUME(T.Form) }]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Screen);
          this.CONSUME(T.Dot);
          this.CONSUME(T.Name);
          this.CONSUME2(T.Dot);
          this.OR3([{ ALT: () => this.CONSUME2(T.Data) }, { ALT: () => this.CONSUME2(T.Form) }]);
        },
      },
    ]);
    this.AT_LEAST_ONE(() => {
      this.CONSUME3(T.Dot);
      this.CONSUME2(T.Name);
    });
  });

  arrayLiteral = this.RULE('arrayLiteral', () => {
    this.CONSUME(T.LBracket);
    this.MANY(() => {
      this.SUBRULE(this.value);
      this.OPTION(() => this.CONSUME(T.Comma));
    });
    this.CONSUME(T.RBracket);
  });

  objectLiteral = this.RULE('objectLiteral', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.SUBRULE(this.objectEntry);
      this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(T.Semicolon) }]));
    });
    this.CONSUME(T.RBrace);
  });

  objectEntry = this.RULE('objectEntry', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Name) }, { ALT: () => this.CONSUME(T.StringLiteral) }]);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.value);
  });
}

/** The one parser instance; `input` resets it for each text (Chevrotain's advice). */
export const parser = new FlowParser();

export type { CstNode };
export { EOF };
