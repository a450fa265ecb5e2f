// The tokens of the .flow language. Comments are kept in their own group (the formatter needs them);
// unterminated strings and comments become tokens too, so one missing quote costs one error, not fifty.
import { createToken, Lexer, type TokenType } from 'chevrotain';

/** Any word: input names, screen ids, enum values, path segments. Abstract (a category). */
export const Name = createToken({ name: 'Name', pattern: Lexer.NA, label: 'a name' });
/** Any string literal, closed or not. Abstract. */
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: Lexer.NA, label: 'a string' });

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\f\uFEFF]+/, group: Lexer.SKIPPED });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n\r]*/, group: 'comments' });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: 'comments' });
/** A `/*` with no closing `*\/`: reported by the AST builder, invisible to the parser. */
export const UnterminatedComment = createToken({ name: 'UnterminatedComment', pattern: /\/\*[\s\S]*/, group: 'comments' });

export const ClosedString = createToken({
  name: 'ClosedString',
  pattern: /"(?:[^"\\\r\n]|\\.)*"/,
  categories: [StringLiteral],
  label: 'a string',
});
/** A string that runs to the end of its line: the parser accepts it as a string, the builder reports it. */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /"(?:[^"\\\r\n]|\\.)*/,
  categories: [StringLiteral],
  label: 'a string',
});
export const Backtick = createToken({ name: 'Backtick', pattern: /`(?:[^`\\]|\\[\s\S])*`/, label: 'a `backtick expression`' });
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, label: 'a number' });

/** A word: letters, digits and _, with dashes only inside (`helper-text`). */
const identifierPattern = (first: string) => new RegExp(`${first}[A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*`);
/** The same shapes as whole-string tests, for code that writes or checks .flow names. */
const wholeWord = (first: string) => new RegExp(`^${identifierPattern(first).source}$`);
export const WORD = wholeWord('[A-Za-z_]');
export const LOWER_WORD = wholeWord('[a-z_]');
export const UPPER_WORD = wholeWord('[A-Z]');
/** Component keywords and screen ids: a word that starts with a capital letter. */
export const UpperIdent = createToken({ name: 'UpperIdent', pattern: identifierPattern('[A-Z]'), categories: [Name], label: 'a name' });
/** Property keys and other words that start with a small letter or an underscore. */
export const LowerIdent = createToken({ name: 'LowerIdent', pattern: identifierPattern('[a-z_]'), categories: [Name], label: 'a name' });

function keyword(word: string, longerAlt: TokenType): TokenType {
  return createToken({
    name: `Kw_${word}`,
    pattern: new RegExp(word),
    longer_alt: longerAlt,
    categories: [Name],
    label: `'${word}'`,
  });
}

export const Flow = keyword('flow', LowerIdent);
export const Screen = keyword('screen', LowerIdent);
export const Data = keyword('data', LowerIdent);
export const Form = keyword('form', LowerIdent);
export const Routes = keyword('routes', LowerIdent);
export const Case = keyword('case', LowerIdent);
export const Else = keyword('else', LowerIdent);
export const True = keyword('true', LowerIdent);
export const False = keyword('false', LowerIdent);
export const Navigate = keyword('navigate', LowerIdent);
export const Complete = keyword('complete', LowerIdent);
export const DataExchange = keyword('data_exchange', LowerIdent);
export const UpdateData = keyword('update_data', LowerIdent);
export const OpenUrl = keyword('open_url', LowerIdent);
export const If = keyword('If', UpperIdent);
export const Switch = keyword('Switch', UpperIdent);

// Categories the grammar reads as one token: any binary operator, any prefix operator, any separator.
export const BinaryOperator = createToken({ name: 'BinaryOperator', pattern: Lexer.NA, label: 'an operator' });
export const PrefixOperator = createToken({ name: 'PrefixOperator', pattern: Lexer.NA, label: "'!' or '-'" });
export const Separator = createToken({ name: 'Separator', pattern: Lexer.NA, label: "',' or ';'" });

const punct = (name: string, pattern: RegExp | string, label: string, categories: TokenType[] = []) =>
  createToken({ name, pattern, label, categories });
export const LBrace = punct('LBrace', '{', "'{'");
export const RBrace = punct('RBrace', '}', "'}'");
export const LBracket = punct('LBracket', '[', "'['");
export const RBracket = punct('RBracket', ']', "']'");
export const LParen = punct('LParen', '(', "'('");
export const RParen = punct('RParen', ')', "')'");
export const Arrow = punct('Arrow', '->', "'->'");
export const Dot = punct('Dot', '.', "'.'");
export const Comma = punct('Comma', ',', "','", [Separator]);
export const Semicolon = punct('Semicolon', ';', "';'", [Separator]);
export const Colon = punct('Colon', ':', "':'");
export const EqEq = punct('EqEq', '==', "'=='", [BinaryOperator]);
export const NotEq = punct('NotEq', '!=', "'!='", [BinaryOperator]);
export const LessEq = punct('LessEq', '<=', "'<='", [BinaryOperator]);
export const GreaterEq = punct('GreaterEq', '>=', "'>='", [BinaryOperator]);
export const Less = punct('Less', '<', "'<'", [BinaryOperator]);
export const Greater = punct('Greater', '>', "'>'", [BinaryOperator]);
export const AndAnd = punct('AndAnd', '&&', "'&&'", [BinaryOperator]);
export const OrOr = punct('OrOr', '||', "'||'", [BinaryOperator]);
export const Bang = punct('Bang', '!', "'!'", [PrefixOperator]);
export const Equals = punct('Equals', '=', "'='");
export const Plus = punct('Plus', '+', "'+'", [BinaryOperator]);
export const Minus = punct('Minus', '-', "'-'", [BinaryOperator, PrefixOperator]);
export const Star = punct('Star', '*', "'*'", [BinaryOperator]);
export const Slash = punct('Slash', '/', "'/'", [BinaryOperator]);
export const Percent = punct('Percent', '%', "'%'", [BinaryOperator]);

/** Lexing order: comments before `/`, longer operators before their prefixes, keywords before names. */
export const ALL_TOKENS: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  ClosedString,
  UnterminatedString,
  Backtick,
  NumberLiteral,
  Flow, Screen, DataExchange, Data, Form, Routes, Case, Else, True, False,
  Navigate, Complete, UpdateData, OpenUrl, If, Switch,
  UpperIdent,
  LowerIdent,
  LBrace, RBrace, LBracket, RBracket, LParen, RParen,
  Arrow, Dot, Comma, Semicolon, Colon,
  EqEq, NotEq, LessEq, GreaterEq, Less, Greater, AndAnd, OrOr, Bang, Equals,
  Plus, Minus, Star, Slash, Percent,
  Name,
  StringLiteral,
  BinaryOperator,
  PrefixOperator,
  Separator,
];

export const lexer = new Lexer(ALL_TOKENS, {
  positionTracking: 'onlyOffset', // lines and columns come from SourceFile, only when a diagnostic is shown
  ensureOptimizations: false,
  skipValidations: true,
});
