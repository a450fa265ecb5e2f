// The catalogue of diagnostic codes: one entry per problem the compiler can report.
// Bands: FLOW1xxx syntax and settings · FLOW2xxx names and references · FLOW3xxx types and values ·
// FLOW4xxx actions and routing · FLOW5xxx components and placement · FLOW6xxx limits ·
// FLOW7xxx versions · FLOW8xxx beyond Meta (things Meta accepts but that lose data or confuse users).
// Messages use {placeholders}; `flowc explain` and docs/diagnostics.md read `explanation`.
import type { Severity } from './diagnostic.js';

export interface CodeEntry {
  readonly severity: Severity;
  /** Short title for the index. */
  readonly title: string;
  /** Message template with {placeholders}. */
  readonly message: string;
  /** Meta's validator code for the same problem. */
  readonly meta?: string;
  /** How to fix it (template). */
  readonly help?: string;
  /** Why this is a problem: the text `flowc explain` prints. */
  readonly explanation: string;
  /** A small .flow that has the problem, and the same flow fixed. */
  readonly wrong?: string;
  readonly fixed?: string;
}

const entries = {
  // ── FLOW1xxx: syntax and flow settings ──────────────────────────────────────────────────────────
  FLOW1001: {
    severity: 'error',
    title: 'Unexpected character',
    message: "unexpected character '{char}'",
    help: 'remove it, or put it inside a "string"',
    explanation: 'The character cannot start any token of the .flow language: not a name, string, number, punctuation or operator.',
    wrong: 'screen A "Hi" { TextBody "ok" § }',
    fixed: 'screen A "Hi" { TextBody "ok §" }',
  },
  FLOW1002: {
    severity: 'error',
    title: 'Unterminated string',
    message: 'this string is never closed',
    help: 'add the closing " on the same line (write \\n for a line break)',
    explanation: 'A string starts with " and must end with " on the same line. Line breaks inside a string are written \\n.',
    wrong: 'TextBody "Hello',
    fixed: 'TextBody "Hello"',
  },
  FLOW1003: {
    severity: 'error',
    title: 'Unterminated comment',
    message: 'this /* comment is never closed',
    help: 'add */ where the comment ends',
    explanation: 'A block comment runs from /* to the next */. Without */ the rest of the file would be a comment.',
  },
  FLOW1004: {
    severity: 'error',
    title: 'Expected something else here',
    message: 'expected {expected}, found {found}',
    explanation: 'The parser expected a particular piece of syntax at this point. The message names what would be valid here.',
  },
  FLOW1005: {
    severity: 'error',
    title: 'Unexpected token',
    message: '{found} is not valid here: expected {expected}',
    explanation: 'Nothing in the language can start with this token at this point. Check for a missing brace, colon or quote just before it.',
  },
  FLOW1006: {
    severity: 'error',
    title: 'Text after the last screen',
    message: 'expected a screen or the end of the file, found {found}',
    help: 'components and properties belong inside a `screen NAME "Title" { … }` block',
    explanation: 'At the top level a .flow file holds one optional `flow { … }` header and `screen` blocks. Anything else must be inside a screen.',
  },
  FLOW1007: {
    severity: 'error',
    title: 'Invalid escape in a string',
    message: "'\\{char}' is not a valid escape in a string",
    help: 'valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX and \\$ (a literal $)',
    explanation: 'Strings use JSON escapes, plus \\$ to write a literal "${" that is not a reference.',
  },
  FLOW1008: {
    severity: 'error',
    title: 'Invalid reference in a string',
    message: "'${{text}}' is not a reference: expected data.…, form.… or screen.SCREEN.data/form.…",
    help: 'write \\${ for a literal "${"',
    explanation: 'Inside a string, ${…} inserts the value of a reference: data.field, form.field, or screen.SCREEN_ID.data.field / screen.SCREEN_ID.form.field.',
    wrong: 'TextBody "Hello ${name}"',
    fixed: 'TextBody "Hello ${form.name}"',
  },
  FLOW1009: {
    severity: 'error',
    title: 'Nested too deeply',
    message: 'this is nested more than {max} levels deep',
    explanation: 'Lists, objects, blocks and parentheses may nest up to 100 levels. No real Flow comes near that; the limit keeps the compiler from running out of stack.',
  },
  FLOW1010: {
    severity: 'error',
    title: 'Unknown flow setting',
    message: "unknown flow setting '{name}'",
    help: 'the flow header knows: version, endpoint, limits, data_channel_uri',
    explanation: 'The `flow { … }` header holds the settings of the whole Flow: `version "7.3"`, `endpoint` (or `endpoint "4.0"`), `limits "meta"` and, before version 3.0 only, `data_channel_uri "https://…"`.',
  },
  FLOW1011: {
    severity: 'error',
    title: 'Invalid flow setting value',
    message: "invalid value for '{name}': {reason}",
    explanation: 'A flow setting has a value of the wrong kind or one that is not allowed.',
  },
  FLOW1012: {
    severity: 'error',
    title: 'Setting given twice',
    message: "'{name}' is set more than once",
    explanation: 'Each flow setting and each property of a screen or component may be written once.',
  },

  // ── FLOW2xxx: names and references ──────────────────────────────────────────────────────────────
  FLOW2001: {
    severity: 'error',
    title: 'Duplicate screen id',
    meta: 'DUPLICATE_SCREEN_IDS',
    message: "screen '{id}' is declared twice",
    help: 'rename one of the screens',
    explanation: 'Screen ids identify screens in navigate actions, the routing model and the endpoint protocol, so each must be unique.',
    wrong: 'screen A "One" { … }\nscreen A "Two" { … }',
    fixed: 'screen A "One" { … }\nscreen B "Two" { … }',
  },
  FLOW2002: {
    severity: 'error',
    title: 'Unknown screen',
    meta: 'INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME',
    message: "there is no screen '{id}'",
    explanation: 'A navigate action, a `routes` list or a screen.X reference names a screen that the flow does not declare.',
    wrong: 'Footer "Next" -> navigate DETAIL',
    fixed: 'Footer "Next" -> navigate DETAILS',
  },
  FLOW2003: {
    severity: 'error',
    title: 'Undeclared data field',
    meta: 'INVALID_SCREEN_DYNAMIC_DATA',
    message: "screen '{screen}' declares no data field '{name}'",
    help: "declare it in the screen's data block: data { {name} = … }",
    explanation: "A data.x reference reads the screen's data model, so x must be declared in the screen's `data { … }` block with an example value.",
    wrong: 'screen A "Hi" { TextBody data.greeting }',
    fixed: 'screen A "Hi" {\n  data { greeting = "Hello" }\n  TextBody data.greeting\n}',
  },
  FLOW2004: {
    severity: 'error',
    title: 'Unknown form field',
    meta: 'INVALID_ON_CLICK_ACTION_PAYLOAD',
    message: "screen '{screen}' has no input named '{name}'",
    explanation: 'A form.x reference reads the value of the input named x on the screen (or on screen S for screen.S.form.x). No input has that name.',
    wrong: 'TextInput email "Email"\nFooter "Send" -> complete { mail: form.mail }',
    fixed: 'TextInput email "Email"\nFooter "Send" -> complete { mail: form.email }',
  },
  FLOW2005: {
    severity: 'error',
    title: 'Duplicate data field',
    message: "data field '{name}' is declared twice",
    explanation: "Each field of a screen's data model is declared once.",
  },
  FLOW2006: {
    severity: 'error',
    title: 'Duplicate property',
    message: "'{name}' is given more than once",
    help: 'keep one of them',
    explanation: 'A component or screen property is written once; Flow JSON objects cannot hold a key twice.',
  },
  FLOW2007: {
    severity: 'error',
    title: 'Invalid screen id',
    meta: 'PATTERN_MISMATCH',
    message: "screen id '{id}' may only contain letters and underscores",
    explanation: 'Meta accepts screen ids made of letters and underscores only (no digits, no dashes), and not only underscores.',
    wrong: 'screen STEP_1 "Step 1" { … }',
    fixed: 'screen STEP_ONE "Step 1" { … }',
  },
  FLOW2008: {
    severity: 'error',
    title: 'Reserved screen id',
    meta: 'SCREEN_ID_IS_RESERVED_KEYWORD',
    message: "'{id}' is reserved and cannot be a screen id",
    help: 'choose another id, e.g. DONE or CONFIRMATION',
    explanation: "SUCCESS is the pseudo-screen an endpoint answers with to finish a Flow; Meta's validator rejects 'success' as an id.",
  },
  FLOW2009: {
    severity: 'error',
    title: 'Duplicate input name',
    meta: 'DUPLICATE_FORM_COMPONENT_NAMES',
    message: "two inputs on screen '{screen}' are named '{name}'",
    help: 'give each input its own name',
    explanation: 'Input names are the keys of form.x references and of the form data, so they are unique on a screen, across all If and Switch branches.',
  },

  FLOW2010: {
    severity: 'error',
    title: 'Global reference to the current screen',
    meta: 'INVALID_PROPERTY_VALUE',
    message: "screen.{id}.… points at the screen it is written on: write {local} instead",
    explanation: "Meta rejects a global screen.S reference to the screen S it is written on; use the local form.x / data.x.",
  },

  // ── FLOW3xxx: types and values ──────────────────────────────────────────────────────────────────
  FLOW3001: {
    severity: 'error',
    title: 'Wrong type of value',
    meta: 'INVALID_PROPERTY_TYPE',
    message: "'{property}' expects {expected}, found {found}",
    explanation: "Each property has a type in Meta's schema: a string, boolean, number, list, object or action.",
    wrong: 'TextInput age "Age" { required: "yes" }',
    fixed: 'TextInput age "Age" { required }',
  },
  FLOW3002: {
    severity: 'error',
    title: 'Invalid choice',
    meta: 'INVALID_ENUM_VALUE',
    message: "'{value}' is not a valid '{property}': expected one of {values}",
    explanation: 'The property accepts a fixed set of values.',
    wrong: 'TextInput email "Email" { input-type: mail }',
    fixed: 'TextInput email "Email" { input-type: email }',
  },
  FLOW3003: {
    severity: 'error',
    title: 'Data field without an example',
    meta: 'INVALID_SCREEN_DATA',
    message: "data field '{name}' needs an example value",
    help: 'write {name} = <example>, or {name}: <type> = <example>',
    explanation: 'Meta requires every data field to carry an __example__ value; the compiler also infers the field\'s type from it.',
    wrong: 'data { name: string }',
    fixed: 'data { name: string = "Jane" }',
  },
  FLOW3004: {
    severity: 'error',
    title: 'Type cannot be inferred',
    message: "the type of data field '{name}' cannot be inferred from {what}",
    help: 'write the type: {name}: [{ id: string, title: string }] = []',
    explanation: 'The type of a data field is inferred from its example. An empty list or an empty object does not tell what it holds, so the type must be written.',
  },
  FLOW3005: {
    severity: 'error',
    title: 'Example does not match the type',
    meta: 'INVALID_SCREEN_DATA',
    message: "the example of '{name}' is {found}, but its type is {expected}",
    explanation: 'The example value of a data field must have the declared type.',
    wrong: 'data { count: number = "three" }',
    fixed: 'data { count: number = 3 }',
  },
  FLOW3007: {
    severity: 'error',
    title: 'Unknown type',
    message: "unknown type '{name}'",
    help: 'types are string, number, integer, boolean, [T], { field: T } and schema { … }',
    explanation: 'A data field\'s type is one of string, number, integer, boolean, a list [T], an object { field: T }, or a JSON Schema written as schema { … }.',
  },
  FLOW3006: {
    severity: 'error',
    title: 'Static value required',
    message: "'{property}' must be written as a plain value, not {found}",
    explanation: 'Some properties are static in Meta\'s schema: they cannot hold a reference or an expression.',
  },

  // ── FLOW4xxx: actions and routing ───────────────────────────────────────────────────────────────
  FLOW4001: {
    severity: 'error',
    title: 'Action not allowed in this slot',
    meta: 'INVALID_ENUM_VALUE',
    message: "'{property}' of {component} cannot {action}: it accepts {allowed}",
    explanation: 'Each action slot accepts only some actions (spec §5): a Footer can navigate, complete or exchange data; an EmbeddedLink cannot complete; select actions can only exchange or update data.',
    wrong: 'EmbeddedLink "Done" -> complete',
    fixed: 'Footer "Done" -> complete',
  },
  FLOW4002: {
    severity: 'error',
    title: 'data_exchange without an endpoint',
    meta: 'MISSING_REQUIRED_PROPERTY',
    message: 'data_exchange needs an endpoint: declare `endpoint` in the flow header',
    help: 'add `endpoint` to the `flow { … }` header',
    explanation: 'A data_exchange action calls the business endpoint, which Flow JSON declares with data_api_version. Declare `endpoint` in the flow header.',
  },
  FLOW4003: {
    severity: 'error',
    title: 'routes without an endpoint',
    meta: 'INVALID_ROUTING_MODEL',
    message: '`routes` needs an endpoint: only the endpoint decides these routes',
    help: 'add `endpoint` to the `flow { … }` header, or use navigate actions',
    explanation: '`routes` declares the screens the endpoint may send the user to. Without an endpoint, routes come from navigate actions only.',
  },
  FLOW4004: {
    severity: 'error',
    title: 'Not an action',
    message: "'{property}' expects an action (navigate, complete, data_exchange, update_data, open_url), found {found}",
    explanation: 'Action slots hold an action: `navigate SCREEN { payload }`, `complete { payload }`, `data_exchange { payload }`, `update_data { … }` or `open_url "https://…"`.',
  },

  FLOW4010: {
    severity: 'error',
    title: 'Navigation to the same screen',
    meta: 'INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME',
    message: "screen '{id}' navigates to itself",
    help: 'use update_data to change what the screen shows, or navigate to another screen',
    explanation: 'Meta rejects a navigate action whose target is the screen it is on (a loop in the routing model).',
  },
  FLOW4011: {
    severity: 'error',
    title: 'Backward route',
    meta: 'INVALID_ROUTING_MODEL',
    message: "screens '{a}' and '{b}' route to each other",
    help: "routes only go forward; the back button already returns from '{b}' to '{a}'",
    explanation: 'Meta accepts forward routes only: A→B together with B→A is rejected. WhatsApp shows a back button, so a route back is never needed.',
  },
  FLOW4012: {
    severity: 'warning',
    title: 'Routing cycle',
    message: 'the screens {cycle} form a cycle',
    explanation: "Meta's validator lets longer cycles through, but its documentation asks for an acyclic routing model and users can loop forever. Break the cycle.",
  },
  FLOW4013: {
    severity: 'error',
    title: 'No entry screen',
    meta: 'INVALID_ROUTING_MODEL',
    message: 'every screen is the target of a route, so the Flow has no entry screen',
    explanation: 'The entry screen is a screen no route leads to. When every screen has an inbound route, Meta cannot tell where the Flow starts.',
  },
  FLOW4014: {
    severity: 'error',
    title: 'Screen not connected',
    meta: 'INVALID_ROUTING_MODEL',
    message: "screen '{id}' is not connected to the rest of the Flow",
    help: "navigate to '{id}' from another screen (or list it in `routes`), or remove it",
    explanation: 'Every screen must be connected with the others through navigate actions or routes.',
  },
  FLOW4015: {
    severity: 'error',
    title: 'Too many branches',
    meta: 'INVALID_ROUTING_MODEL',
    message: "screen '{id}' routes to {count} screens; at most 10 are allowed",
    explanation: 'Meta allows at most 10 outgoing routes per screen.',
  },
  FLOW4019: {
    severity: 'error',
    title: 'No screens',
    meta: 'MIN_ITEMS_REQUIRED',
    message: 'the Flow has no screens',
    help: 'add a screen: screen WELCOME "Welcome" { … }',
    explanation: 'Flow JSON needs at least one screen.',
  },
  FLOW4020: {
    severity: 'error',
    title: 'No terminal screen',
    meta: 'MISSING_TERMINAL_SCREEN',
    message: 'the Flow has no terminal screen',
    help: 'mark the last screen with `terminal` and give it a Footer that completes the Flow',
    explanation: 'A Flow ends on a terminal screen, whose Footer completes it. Meta rejects a Flow without one.',
  },
  FLOW4021: {
    severity: 'error',
    title: 'Terminal screen without a Footer',
    meta: 'MISSING_FOOTER_ON_TERMINAL_SCREEN',
    message: "terminal screen '{id}' has no Footer",
    help: 'add a Footer that completes the Flow',
    explanation: 'The Footer of a terminal screen is how the user finishes the Flow.',
  },
  FLOW4022: {
    severity: 'error',
    title: 'No successful terminal screen',
    meta: 'INVALID_PROPERTY_VALUE',
    message: 'at least one terminal screen must have success true',
    explanation: 'Meta requires at least one terminal screen that ends the Flow successfully (success defaults to true).',
  },
  FLOW4023: {
    severity: 'error',
    title: 'complete on a screen that is not terminal',
    meta: 'INVALID_COMPLETE_ACTION',
    message: "complete can only be used on a terminal screen; '{id}' is not terminal",
    help: 'mark the screen `terminal`, or navigate to a terminal screen',
    explanation: 'complete ends the Flow, which only a terminal screen may do.',
  },
  FLOW4024: {
    severity: 'error',
    title: 'navigate from a terminal screen',
    meta: 'INVALID_ROUTING_MODEL',
    message: "the Footer of terminal screen '{id}' navigates; it should complete the Flow",
    explanation: 'A terminal screen ends the Flow: its Footer completes it (or asks the endpoint), it does not move on to another screen.',
  },
  FLOW4025: {
    severity: 'error',
    title: 'success on a screen that is not terminal',
    meta: 'NOT_KEYWORD_SCHEMA_VALIDATION_FAILED',
    message: "'success' can only be set on a terminal screen",
    explanation: 'success says whether ending the Flow on a terminal screen counts as success; other screens do not end the Flow.',
  },
  FLOW4026: {
    severity: 'error',
    title: 'refresh_on_back without an endpoint',
    meta: 'INVALID_PROPERTY_VALUE',
    message: 'refresh_on_back needs an endpoint: declare `endpoint` in the flow header',
    explanation: 'refresh_on_back asks the endpoint for fresh data when the user goes back; without an endpoint there is nobody to ask.',
  },
  FLOW4030: {
    severity: 'error',
    title: 'navigate payload misses data fields',
    meta: 'INVALID_NAVIGATE_ACTION_PAYLOAD',
    message: "navigate to '{id}' must send {fields}: they are declared in its data",
    explanation: "A navigate payload becomes the next screen's data, so it must give every field the next screen declares.",
  },
  FLOW4031: {
    severity: 'error',
    title: 'navigate payload has unknown fields',
    meta: 'INVALID_NAVIGATE_ACTION_PAYLOAD',
    message: "screen '{id}' declares no data field '{name}'",
    help: "declare it in {id}'s data block, or remove it from the payload",
    explanation: "A navigate payload becomes the next screen's data, so it may only hold fields the next screen declares.",
  },

  // ── FLOW5xxx: components and placement ──────────────────────────────────────────────────────────
  FLOW5001: {
    severity: 'error',
    title: 'Unknown component',
    meta: 'INVALID_PROPERTY_VALUE',
    message: "unknown component '{name}'",
    explanation: 'Components keep Meta\'s names: TextHeading, TextInput, Dropdown, Footer, If, Switch, … (see docs/components.md).',
    wrong: 'Textinput email "Email"',
    fixed: 'TextInput email "Email"',
  },
  FLOW5002: {
    severity: 'error',
    title: 'Unknown property',
    meta: 'INVALID_PROPERTY_KEY',
    message: "{component} has no property '{name}'",
    explanation: 'Properties keep Meta\'s names (label, helper-text, data-source, …); docs/components.md lists each component\'s properties.',
    wrong: 'TextInput email "Email" { helper: "We never share it" }',
    fixed: 'TextInput email "Email" { helper-text: "We never share it" }',
  },
  FLOW5003: {
    severity: 'error',
    title: 'Missing required property',
    meta: 'MISSING_REQUIRED_PROPERTY',
    message: "{component} needs '{name}'",
    explanation: 'Meta rejects a component without its required properties.',
    wrong: 'Dropdown city "City"',
    fixed: 'Dropdown city "City" { data-source { ams "Amsterdam" } }',
  },
  FLOW5004: {
    severity: 'error',
    title: 'Input without a name',
    meta: 'MISSING_REQUIRED_PROPERTY',
    message: '{component} needs a name: {component} NAME "…"',
    explanation: 'Inputs are named right after the component keyword; the name is how form.NAME and the form data refer to the value.',
    wrong: 'TextInput "Email"',
    fixed: 'TextInput email "Email"',
  },
  FLOW5005: {
    severity: 'error',
    title: 'Name not allowed',
    message: '{component} takes no name',
    explanation: 'Only inputs, Form and NavigationList have names.',
  },
  FLOW5006: {
    severity: 'error',
    title: 'Text not allowed',
    message: '{component} takes no text after its keyword; write its properties in the block',
    explanation: 'The string after a component keyword sets its main text (label or text). This component has none.',
  },
  FLOW5007: {
    severity: 'error',
    title: '-> not allowed',
    message: '{component} has no on-click action',
    explanation: '`-> action` sets on-click-action, which only Footer, EmbeddedLink, OptIn and NavigationList have.',
  },
  FLOW5008: {
    severity: 'error',
    title: 'Component cannot hold components',
    message: '{component} cannot contain other components',
    explanation: 'Only Form, If and Switch hold components.',
  },
  FLOW5009: {
    severity: 'error',
    title: 'Misplaced component',
    meta: 'INVALID_COMPONENT_PLACEMENT',
    message: '{component} is not allowed inside {parent}{since}',
    explanation: 'Form, If and Switch accept only some components (spec §4.19–4.21).',
  },
  FLOW5010: {
    severity: 'error',
    title: 'Unknown screen property',
    meta: 'INVALID_PROPERTY_KEY',
    message: "screens have no property '{name}'",
    help: 'screen properties are terminal, success, refresh_on_back and sensitive',
    explanation: 'A screen holds its title, `data`, `routes`, the properties terminal, success, refresh_on_back, sensitive, and its components.',
  },

  FLOW5011: {
    severity: 'error',
    title: 'Screen-level block inside a component',
    message: '`{what}` belongs directly in the screen block, not inside {component}',
    explanation: 'A screen\'s `data { … }` block and its `routes` describe the whole screen, so they sit directly in the screen block.',
  },
  FLOW5012: {
    severity: 'error',
    title: 'If nested too deeply',
    meta: 'MAXIMUM_IF_NESTING',
    message: 'If components can be nested at most 3 levels deep',
    explanation: "Meta's validator rejects an If inside an If inside an If inside an If.",
  },
  FLOW5013: {
    severity: 'error',
    title: 'Input outside the Form',
    meta: 'COMPONENTS_OUTSIDE_FORM',
    message: '{component} must be inside the Form: a screen with a Form keeps all its inputs in it',
    explanation: 'From Flow JSON 4.0 a Form is optional, but once a screen has one, every input of that screen belongs in it.',
  },
  FLOW5014: {
    severity: 'error',
    title: 'Footer only in some branches',
    meta: 'MISSING_FOOTER_IN_IF_ELSE_BRANCHES',
    message: '{where} has a Footer, so {other} needs one too',
    explanation: 'When a Footer sits inside an If, both branches need one (the screen always shows a button); in a Switch every case needs one. And a Footer inside an If or Switch rules out one outside it.',
  },
  FLOW5015: {
    severity: 'error',
    title: 'Component must be alone on its screen',
    meta: 'INVALID_COMPONENT_PLACEMENT',
    message: '{component} {rule}',
    explanation: 'RichText must be the only component on its screen (from 6.3 it may share it with a Footer). A NavigationList shares its screen with nothing but a Form wrapper, and never sits on a terminal screen.',
  },

  // ── FLOW6xxx: limits ────────────────────────────────────────────────────────────────────────────
  FLOW6001: {
    severity: 'error',
    title: 'Too many screens',
    meta: 'MAX_SCREENS_NUMBER',
    message: 'the Flow has {count} screens; the {profile} limit is {max}',
    help: 'split the Flow, or set limits "meta" in the flow header for Meta\'s limit of 100',
    explanation: 'By default a Flow may have at most 8 screens (the platform limit of our users). `limits "meta"` in the flow header (or --limits meta) switches to Meta\'s documented 100.',
  },
  FLOW6002: {
    severity: 'error',
    title: 'Too many components on a screen',
    meta: 'MAX_ALLOWED_COMPONENTS_PER_SCREEN',
    message: "screen '{id}' has {count} components; the {profile} limit is {max}",
    help: 'move some components to another screen, or set limits "meta" for Meta\'s limit of 50',
    explanation: 'Components are counted the way Meta\'s validator counts them: every component at every depth, every If branch and Switch case, the If and Switch themselves, Form wrappers excluded. The default limit is 30 per screen; `limits "meta"` switches to Meta\'s 50.',
  },
  FLOW6003: {
    severity: 'error',
    title: 'Too many components of one type',
    meta: 'COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN',
    message: "screen '{id}' has {count} {component} components; at most {max} are allowed",
    explanation: 'Meta caps some components per screen: Footer 1, EmbeddedLink 2, Image 3, OptIn 5, PhotoPicker and DocumentPicker 1 together, NavigationList 2, ImageCarousel 2, Form 1 (7.0+). An If counts its larger branch, a Switch its largest case.',
  },
  FLOW6004: {
    severity: 'error',
    title: 'Too many of one component in the Flow',
    meta: 'INVALID_PROPERTY_VALUE',
    message: 'the Flow has {count} {component} components; at most {max} are allowed',
    explanation: 'Meta allows at most 3 ImageCarousel components in a whole Flow.',
  },

  // ── FLOW7xxx: versions ──────────────────────────────────────────────────────────────────────────
  FLOW7001: {
    severity: 'error',
    title: 'Unknown Flow JSON version',
    meta: 'INVALID_FLOW_JSON_VERSION',
    message: "'{version}' is not a Flow JSON version",
    help: 'use one of {versions}',
    explanation: 'The flow header names the Flow JSON version to generate; it must be one Meta has released.',
  },
  FLOW7002: {
    severity: 'error',
    title: 'Component needs a newer version',
    message: '{component} needs Flow JSON {since} or later; this flow targets {version}',
    help: 'raise the version in the flow header: version "{since}"',
    explanation: 'Each component arrived in some Flow JSON version; older versions reject it.',
  },
  FLOW7003: {
    severity: 'error',
    title: 'Property needs a newer version',
    message: "'{name}' of {component} needs Flow JSON {since} or later; this flow targets {version}",
    help: 'raise the version in the flow header: version "{since}"',
    explanation: 'Each property arrived in some Flow JSON version; older versions reject it.',
  },
  FLOW7004: {
    severity: 'error',
    title: 'Expression needs Flow JSON 6.0',
    message: '{what} needs Flow JSON 6.0 or later (it compiles to a backtick expression); this flow targets {version}',
    explanation: 'Text mixed with ${…} references, arithmetic and comparisons outside If conditions compile to Meta\'s backtick expressions, which exist from Flow JSON 6.0.',
  },
  FLOW7005: {
    severity: 'error',
    title: 'Feature needs a newer version',
    message: '{what} needs Flow JSON {since} or later; this flow targets {version}',
    help: 'raise the version in the flow header: version "{since}"',
    explanation: 'The feature arrived in a later Flow JSON version.',
  },
} as const satisfies Record<string, CodeEntry>;

export type DiagnosticCode = keyof typeof entries;

export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, CodeEntry>> = entries;

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(entries, code);
}
