// The catalogue of diagnostic codes: one entry per problem the compiler can report.
// Bands: FLOW1xxx syntax and settings · FLOW2xxx names and references · FLOW3xxx types and values ·
// FLOW4xxx actions and routing · FLOW5xxx components and placement · FLOW6xxx limits ·
// FLOW7xxx versions · FLOW8xxx beyond Meta (things Meta accepts but that lose data or confuse users) ·
// FLOW9xxx import and validate (problems of a Flow JSON file itself).
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
  /** A complete .flow file that has the problem (it produces this code), and the same file fixed (it does not).
   *  For FLOW9xxx (problems of Flow JSON files): a Flow JSON file, run through `flowc import`. */
  readonly wrong?: string;
  readonly fixed?: string;
}

/**
 * A .flow file written indented inside this catalogue: drops the line break after the opening backtick
 * and the common indentation, and ends with one line break. (Write \${ for an interpolation.)
 */
function example(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return `${lines.map((l) => l.slice(indent).trimEnd()).join('\n')}\n`;
}

const entries = {
  // ── FLOW1xxx: syntax and flow settings ──────────────────────────────────────────────────────────
  FLOW1001: {
    severity: 'error',
    title: 'Unexpected character',
    message: "unexpected character '{char}'",
    help: 'remove it, or put it inside a "string"',
    explanation: 'The character cannot start any token of the .flow language: not a name, string, number, punctuation or operator.',
    wrong: example`
      screen DONE "All done" {
        terminal
        TextBody "Your order is confirmed" ✓
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen DONE "All done" {
        terminal
        TextBody "Your order is confirmed ✓"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW1002: {
    severity: 'error',
    title: 'Unterminated string',
    message: 'this string is never closed',
    help: 'add the closing " on the same line (write \\n for a line break)',
    explanation: 'A string starts with " and must end with " on the same line. Line breaks inside a string are written \\n.',
    wrong: example`
      screen WELCOME "Welcome" {
        terminal
        TextBody "Hello and welcome
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen WELCOME "Welcome" {
        terminal
        TextBody "Hello and welcome"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW1003: {
    severity: 'error',
    title: 'Unterminated comment',
    message: 'this /* comment is never closed',
    help: 'add */ where the comment ends',
    explanation: 'A block comment runs from /* to the next */. Without */ the rest of the file would be a comment.',
    wrong: example`
      screen WELCOME "Welcome" {
        terminal
        TextBody "Hello and welcome"
        Footer "OK" -> complete
      }
      /* TODO: a second screen
    `,
    fixed: example`
      screen WELCOME "Welcome" {
        terminal
        TextBody "Hello and welcome"
        Footer "OK" -> complete
      }
      /* TODO: a second screen */
    `,
  },
  FLOW1004: {
    severity: 'error',
    title: 'Expected something else here',
    message: 'expected {expected}, found {found}',
    explanation: 'The parser expected a particular piece of syntax at this point. The message names what would be valid here.',
    wrong: example`
      screen WELCOME "Welcome" {
        terminal
        TextBody "Hello and welcome"
        Footer "OK" -> complete
    `,
    fixed: example`
      screen WELCOME "Welcome" {
        terminal
        TextBody "Hello and welcome"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW1005: {
    severity: 'error',
    title: 'Unexpected token',
    message: '{found} is not valid here: expected {expected}',
    explanation: 'Nothing in the language can start with this token at this point. Check for a missing brace, colon or quote just before it.',
    wrong: example`
      screen NEWSLETTER "Newsletter" {
        terminal
        TextInput email "Email" { input-type: }
        Footer "Subscribe" -> complete { email: form.email }
      }
    `,
    fixed: example`
      screen NEWSLETTER "Newsletter" {
        terminal
        TextInput email "Email" { input-type: email }
        Footer "Subscribe" -> complete { email: form.email }
      }
    `,
  },
  FLOW1006: {
    severity: 'error',
    title: 'Text after the last screen',
    message: 'expected a screen or the end of the file, found {found}',
    help: 'components and properties belong inside a `screen NAME "Title" { … }` block',
    explanation: 'At the top level a .flow file holds one optional `flow { … }` header and `screen` blocks. Anything else must be inside a screen.',
    wrong: example`
      screen WELCOME "Welcome" {
        terminal
        Footer "OK" -> complete
      }
      TextBody "Thanks for stopping by"
    `,
    fixed: example`
      screen WELCOME "Welcome" {
        terminal
        TextBody "Thanks for stopping by"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW1007: {
    severity: 'error',
    title: 'Invalid escape in a string',
    message: "'\\{char}' is not a valid escape in a string",
    help: 'valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX and \\$ (a literal $)',
    explanation: 'Strings use JSON escapes, plus \\$ to write a literal "${" that is not a reference.',
    wrong: example`
      screen PRICE "Price" {
        terminal
        TextBody "Total: \\€12"
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen PRICE "Price" {
        terminal
        TextBody "Total: €12"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW1008: {
    severity: 'error',
    title: 'Invalid reference in a string',
    message: "'${{text}}' is not a reference: expected data.…, form.… or screen.SCREEN.data/form.…",
    help: 'write \\${ for a literal "${"',
    explanation: 'Inside a string, ${…} inserts the value of a reference: data.field, form.field, or screen.SCREEN_ID.data.field / screen.SCREEN_ID.form.field.',
    wrong: example`
      screen HELLO "Hello" {
        terminal
        TextInput name "Your name"
        TextBody "Hello \${name}"
        Footer "OK" -> complete { name: form.name }
      }
    `,
    fixed: example`
      screen HELLO "Hello" {
        terminal
        TextInput name "Your name"
        TextBody "Hello \${form.name}"
        Footer "OK" -> complete { name: form.name }
      }
    `,
  },
  FLOW1009: {
    severity: 'error',
    title: 'Nested too deeply',
    message: 'this is nested too deeply: more than {max} levels of brackets, or {max} operators in one expression',
    explanation: 'Lists, objects, blocks and parentheses may nest up to 100 levels, and one expression may hold up to 100 operators. No real Flow comes near that; the limit keeps the compiler from running out of stack.',
    wrong: example`
      screen DEEP "Deep" {
        terminal
        Footer "OK" -> complete { levels: ${'['.repeat(101)}${']'.repeat(101)} }
      }
    `,
    fixed: example`
      screen DEEP "Deep" {
        terminal
        Footer "OK" -> complete { levels: [[["bottom"]]] }
      }
    `,
  },
  FLOW1010: {
    severity: 'error',
    title: 'Unknown flow setting',
    message: "unknown flow setting '{name}'",
    help: 'the flow header knows: version, endpoint, limits, data_channel_uri, routing_model',
    explanation: 'The `flow { … }` header holds the settings of the whole Flow: `version "7.3"`, `endpoint` (or `endpoint "4.0"`), `limits "meta"`, `routing_model` (or `routing_model "sparse"`) and, before version 3.0 only, `data_channel_uri "https://…"`.',
    wrong: example`
      flow { versoin "7.3" }

      screen WELCOME "Welcome" {
        terminal
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      flow { version "7.3" }

      screen WELCOME "Welcome" {
        terminal
        Footer "OK" -> complete
      }
    `,
  },
  FLOW1011: {
    severity: 'error',
    title: 'Invalid flow setting value',
    message: "invalid value for '{name}': {reason}",
    explanation: 'A flow setting has a value of the wrong kind or one that is not allowed.',
    wrong: example`
      flow { limits "large" }

      screen WELCOME "Welcome" {
        terminal
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      flow { limits "meta" }

      screen WELCOME "Welcome" {
        terminal
        Footer "OK" -> complete
      }
    `,
  },
  FLOW1012: {
    severity: 'error',
    title: 'Setting given twice',
    message: "'{name}' is set more than once",
    explanation: 'Each flow setting and each property of a screen or component may be written once.',
    wrong: example`
      flow { version "6.3"; version "7.3" }

      screen WELCOME "Welcome" {
        terminal
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      flow { version "7.3" }

      screen WELCOME "Welcome" {
        terminal
        Footer "OK" -> complete
      }
    `,
  },

  // ── FLOW2xxx: names and references ──────────────────────────────────────────────────────────────
  FLOW2001: {
    severity: 'error',
    title: 'Duplicate screen id',
    meta: 'DUPLICATE_SCREEN_IDS',
    message: "screen '{id}' is declared twice",
    help: 'rename one of the screens',
    explanation: 'Screen ids identify screens in navigate actions, the routing model and the endpoint protocol, so each must be unique.',
    wrong: example`
      screen STEP "Your name" {
        TextInput name "Name" { required }
        Footer "Next" -> navigate DONE { name: form.name }
      }

      screen STEP "Thanks" {
        terminal
        TextBody "Thanks!"
        Footer "Close" -> complete
      }

      screen DONE "Done" {
        terminal
        data { name = "Jane" }
        Footer "Finish" -> complete { name: data.name }
      }
    `,
    fixed: example`
      screen NAME "Your name" {
        TextInput name "Name" { required }
        Footer "Next" -> navigate DONE { name: form.name }
      }

      screen DONE "Done" {
        terminal
        data { name = "Jane" }
        Footer "Finish" -> complete { name: data.name }
      }
    `,
  },
  FLOW2002: {
    severity: 'error',
    title: 'Unknown screen',
    meta: 'INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME',
    message: "there is no screen '{id}'",
    explanation: 'A navigate action, a `routes` list or a screen.X reference names a screen that the flow does not declare.',
    wrong: example`
      screen ORDER "Your order" {
        Footer "Next" -> navigate DETAIL
      }

      screen DETAILS "Details" {
        terminal
        Footer "Done" -> complete
      }
    `,
    fixed: example`
      screen ORDER "Your order" {
        Footer "Next" -> navigate DETAILS
      }

      screen DETAILS "Details" {
        terminal
        Footer "Done" -> complete
      }
    `,
  },
  FLOW2003: {
    severity: 'error',
    title: 'Undeclared data field',
    meta: 'INVALID_SCREEN_DYNAMIC_DATA',
    message: "screen '{screen}' declares no data field '{name}'",
    help: "declare it in the screen's data block: data { {name} = … }",
    explanation: "A data.x reference reads the screen's data model, so x must be declared in the screen's `data { … }` block with an example value.",
    wrong: example`
      screen GREETING "Hello" {
        terminal
        TextHeading "\${data.greeting}"
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen GREETING "Hello" {
        terminal
        data {
          greeting = "Hello, Jane!"
        }
        TextHeading "\${data.greeting}"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW2004: {
    severity: 'error',
    title: 'Unknown form field',
    meta: 'INVALID_ON_CLICK_ACTION_PAYLOAD',
    message: "screen '{screen}' has no input named '{name}'",
    explanation: 'A form.x reference reads the value of the input named x on the screen (or on screen S for screen.S.form.x). No input has that name.',
    wrong: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" { input-type: email }
        Footer "Send" -> complete { email: form.mail }
      }
    `,
    fixed: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" { input-type: email }
        Footer "Send" -> complete { email: form.email }
      }
    `,
  },
  FLOW2005: {
    severity: 'error',
    title: 'Duplicate data field',
    message: "data field '{name}' is declared twice",
    explanation: "Each field of a screen's data model is declared once.",
    wrong: example`
      screen PROFILE "Profile" {
        terminal
        data {
          name = "Jane"
          name = "John"
        }
        TextHeading "Hi \${data.name}"
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen PROFILE "Profile" {
        terminal
        data {
          name = "Jane"
        }
        TextHeading "Hi \${data.name}"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW2006: {
    severity: 'error',
    title: 'Duplicate property',
    message: "'{name}' is given more than once",
    help: 'keep one of them',
    explanation: 'A component or screen property is written once; Flow JSON objects cannot hold a key twice.',
    wrong: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" { input-type: email; label: "Your email" }
        Footer "Send" -> complete { email: form.email }
      }
    `,
    fixed: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Your email" { input-type: email }
        Footer "Send" -> complete { email: form.email }
      }
    `,
  },
  FLOW2007: {
    severity: 'error',
    title: 'Invalid screen id',
    meta: 'PATTERN_MISMATCH',
    message: "screen id '{id}' may only contain letters and underscores",
    explanation: 'Meta accepts screen ids made of letters and underscores only (no digits, no dashes), and not only underscores.',
    wrong: example`
      screen STEP_1 "Step 1" {
        terminal
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen STEP_ONE "Step 1" {
        terminal
        Footer "OK" -> complete
      }
    `,
  },
  FLOW2008: {
    severity: 'error',
    title: 'Reserved screen id',
    meta: 'SCREEN_ID_IS_RESERVED_KEYWORD',
    message: "'{id}' is reserved and cannot be a screen id",
    help: 'choose another id, e.g. DONE or CONFIRMATION',
    explanation: "SUCCESS is the pseudo-screen an endpoint answers with to finish a Flow; Meta's validator rejects 'success' as an id.",
    wrong: example`
      screen success "All done" {
        terminal
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen DONE "All done" {
        terminal
        Footer "OK" -> complete
      }
    `,
  },
  FLOW2009: {
    severity: 'error',
    title: 'Duplicate input name',
    meta: 'DUPLICATE_FORM_COMPONENT_NAMES',
    message: "two inputs on screen '{screen}' are named '{name}'",
    help: 'give each input its own name',
    explanation: 'Input names are the keys of form.x references and of the form data, so they are unique on a screen, across all If and Switch branches.',
    wrong: example`
      screen CONTACT "Contact" {
        terminal
        TextInput phone "Mobile number" { input-type: phone }
        TextInput phone "Work number" { input-type: phone }
        Footer "Send" -> complete { phone: form.phone }
      }
    `,
    fixed: example`
      screen CONTACT "Contact" {
        terminal
        TextInput mobile "Mobile number" { input-type: phone }
        TextInput work "Work number" { input-type: phone }
        Footer "Send" -> complete { mobile: form.mobile, work: form.work }
      }
    `,
  },

  FLOW2010: {
    severity: 'error',
    title: 'Global reference to the current screen',
    meta: 'INVALID_PROPERTY_VALUE',
    message: "screen.{id}.… points at the screen it is written on: write {local} instead",
    explanation: "Meta rejects a global screen.S reference to the screen S it is written on; use the local form.x / data.x.",
    wrong: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" { input-type: email }
        Footer "Send" -> complete { email: screen.CONTACT.form.email }
      }
    `,
    fixed: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" { input-type: email }
        Footer "Send" -> complete { email: form.email }
      }
    `,
  },
  FLOW2030: {
    severity: 'error',
    title: 'Unknown sensitive field',
    meta: 'INVALID_SENSITIVE_FIELD',
    message: "sensitive field '{name}' is not an input on screen '{screen}'",
    help: 'list the names of inputs on this screen',
    explanation:
      "A screen's `sensitive` list names the inputs whose answers the summary after completion masks (text, choices, dates) or hides (passwords, passcodes, photos, documents). Each name must be the name of an input on that same screen; Meta rejects the Flow otherwise.",
    wrong: example`
      screen LOGIN "Sign in" {
        terminal
        sensitive: [pin_code]
        TextInput phone "Mobile number" { input-type: phone; required }
        TextInput pin "PIN" { input-type: passcode; required }
        Footer "Sign in" -> complete { phone: form.phone, pin: form.pin }
      }
    `,
    fixed: example`
      screen LOGIN "Sign in" {
        terminal
        sensitive: [pin]
        TextInput phone "Mobile number" { input-type: phone; required }
        TextInput pin "PIN" { input-type: passcode; required }
        Footer "Sign in" -> complete { phone: form.phone, pin: form.pin }
      }
    `,
  },
  FLOW2031: {
    severity: 'error',
    title: 'Duplicate item id',
    message: "two items of '{property}' of {owner} have the id '{id}'",
    help: 'give each item its own id',
    explanation:
      "An option's id is the value it gives its input (form.x is the id of the picked option), and a NavigationList row's id tells the rows apart. Two items of one list with the same id cannot be told apart: the answer does not say which one the user picked.",
    wrong: example`
      screen SIZE "Pick a size" {
        terminal
        RadioButtonsGroup size "Cup size" {
          data-source {
            small "Small"
            medium "Medium"
            medium "Large"
          }
        }
        Footer "Order" -> complete { size: form.size }
      }
    `,
    fixed: example`
      screen SIZE "Pick a size" {
        terminal
        RadioButtonsGroup size "Cup size" {
          data-source {
            small "Small"
            medium "Medium"
            large "Large"
          }
        }
        Footer "Order" -> complete { size: form.size }
      }
    `,
  },
  FLOW2032: {
    severity: 'error',
    title: 'Data field name Meta cannot read',
    message: "data field name '{name}' contains {character}, which Meta does not accept in ${data.…} references",
    explanation:
      "Meta reads a data field through a ${data.name} reference and rejects names with '-', spaces, backticks or quotes in them (\"Invalid format of dynamic data … Please avoid '-', ' ', '`' or \"'\"\"). In .flow a dash inside a name is part of the name (`first-name` is one name), so such a field is easy to declare by accident. Use underscores: `first_name`. Keys inside object fields may hold '-' (as in the { start-date, end-date } value of a range CalendarPicker) but no spaces, backticks or quotes.",
    wrong: example`
      screen GREETING "Welcome" {
        terminal
        data {
          first-name = "Maria"
        }
        TextHeading "Hello, \${data.first-name}!"
        Footer "Continue" -> complete
      }
    `,
    fixed: example`
      screen GREETING "Welcome" {
        terminal
        data {
          first_name = "Maria"
        }
        TextHeading "Hello, \${data.first_name}!"
        Footer "Continue" -> complete
      }
    `,
  },
  FLOW2033: {
    severity: 'warning',
    title: "Data field named 'required…'",
    message: "data field '{name}' begins with '{prefix}', a key Meta's data-model validator treats specially",
    help: "rename it so that it does not begin with '{prefix}'",
    explanation:
      "Meta validates a screen's data model as a JSON Schema, where `required` is a keyword: a field named `required` is taken for the schema's list of required keys, and fields whose names begin with `required` skip the check that every field has a type and an example. The compiler always writes both, but Meta may read such a model differently from what it says; choose another name.",
    wrong: example`
      screen CONSENT "Consent" {
        terminal
        data {
          required_consent = true
        }
        OptIn consent "I agree to the terms." { required: data.required_consent }
        Footer "Continue" -> complete { consent: form.consent }
      }
    `,
    fixed: example`
      screen CONSENT "Consent" {
        terminal
        data {
          consent_needed = true
        }
        OptIn consent "I agree to the terms." { required: data.consent_needed }
        Footer "Continue" -> complete { consent: form.consent }
      }
    `,
  },
  FLOW2034: {
    severity: 'warning',
    title: 'Switch case that can never match',
    message: "case '{key}' never matches: '{input}' has no option '{key}'",
    help: 'the options are {options}',
    explanation:
      "A Switch on an input with a fixed list of options (a RadioButtonsGroup, Dropdown, … whose data-source is written out) shows a case only when the value equals its key. A key that is not one of the option ids is dead: usually a typo.",
    wrong: example`
      screen PLAN "Plan" {
        terminal
        RadioButtonsGroup plan "Plan" {
          data-source {
            basic "Basic"
            pro "Pro"
          }
        }
        Switch form.plan {
          case basic { TextBody "Basic: 5 GB" }
          case premium { TextBody "Premium: 50 GB" }
        }
        Footer "Choose" -> complete { plan: form.plan }
      }
    `,
    fixed: example`
      screen PLAN "Plan" {
        terminal
        RadioButtonsGroup plan "Plan" {
          data-source {
            basic "Basic"
            pro "Pro"
          }
        }
        Switch form.plan {
          case basic { TextBody "Basic: 5 GB" }
          case pro { TextBody "Pro: 50 GB" }
        }
        Footer "Choose" -> complete { plan: form.plan }
      }
    `,
  },

  // ── FLOW3xxx: types and values ──────────────────────────────────────────────────────────────────
  FLOW3001: {
    severity: 'error',
    title: 'Wrong type of value',
    meta: 'INVALID_PROPERTY_TYPE',
    message: "'{property}' expects {expected}, found {found}",
    explanation: "Each property has a type in Meta's schema: a string, boolean, number, list, object or action.",
    wrong: example`
      screen AGE "Your age" {
        terminal
        TextInput age "Age" { input-type: number; required: "yes" }
        Footer "Send" -> complete { age: form.age }
      }
    `,
    fixed: example`
      screen AGE "Your age" {
        terminal
        TextInput age "Age" { input-type: number; required }
        Footer "Send" -> complete { age: form.age }
      }
    `,
  },
  FLOW3002: {
    severity: 'error',
    title: 'Invalid choice',
    meta: 'INVALID_ENUM_VALUE',
    message: "'{value}' is not a valid '{property}': expected one of {values}",
    explanation: 'The property accepts a fixed set of values.',
    wrong: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" { input-type: mail }
        Footer "Send" -> complete { email: form.email }
      }
    `,
    fixed: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" { input-type: email }
        Footer "Send" -> complete { email: form.email }
      }
    `,
  },
  FLOW3003: {
    severity: 'error',
    title: 'Data field without an example',
    meta: 'INVALID_SCREEN_DATA',
    message: "data field '{name}' needs an example value",
    help: 'write {name} = <example>, or {name}: <type> = <example>',
    explanation: 'Meta requires every data field to carry an __example__ value; the compiler also infers the field\'s type from it.',
    wrong: example`
      screen HELLO "Hello" {
        terminal
        data {
          name: string
        }
        TextHeading "Hello \${data.name}"
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen HELLO "Hello" {
        terminal
        data {
          name: string = "Jane"
        }
        TextHeading "Hello \${data.name}"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW3004: {
    severity: 'error',
    title: 'Type cannot be inferred',
    message: "the type of data field '{name}' cannot be inferred from {what}",
    help: 'write the type: {name}: [{ id: string, title: string }] = []',
    explanation: 'The type of a data field is inferred from its example. An empty list or an empty object does not tell what it holds, so the type must be written.',
    wrong: example`
      screen SLOT "Pick a time" {
        terminal
        data {
          slots = []
        }
        RadioButtonsGroup slot "Time" { data-source: data.slots }
        Footer "Book" -> complete { slot: form.slot }
      }
    `,
    fixed: example`
      screen SLOT "Pick a time" {
        terminal
        data {
          slots: [{ id: string, title: string }] = []
        }
        RadioButtonsGroup slot "Time" { data-source: data.slots }
        Footer "Book" -> complete { slot: form.slot }
      }
    `,
  },
  FLOW3005: {
    severity: 'error',
    title: 'Example does not match the type',
    meta: 'INVALID_SCREEN_DATA',
    message: "the example of '{name}' is {found}, but its type is {expected}",
    explanation: 'The example value of a data field must have the declared type.',
    wrong: example`
      screen CART "Cart" {
        terminal
        data {
          count: number = "three"
        }
        TextBody "Items: \${data.count}"
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen CART "Cart" {
        terminal
        data {
          count: number = 3
        }
        TextBody "Items: \${data.count}"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW3007: {
    severity: 'error',
    title: 'Unknown type',
    message: "unknown type '{name}'",
    help: 'types are string, number, integer, boolean, [T], { field: T } and schema { … }',
    explanation: 'A data field\'s type is one of string, number, integer, boolean, a list [T], an object { field: T }, or a JSON Schema written as schema { … }.',
    wrong: example`
      screen CART "Cart" {
        terminal
        data {
          count: numbr = 3
        }
        TextBody "Items: \${data.count}"
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen CART "Cart" {
        terminal
        data {
          count: number = 3
        }
        TextBody "Items: \${data.count}"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW3006: {
    severity: 'error',
    title: 'Static value required',
    message: "'{property}' must be written as a plain value, not {found}",
    explanation: 'Some properties are static in Meta\'s schema: they cannot hold a reference or an expression.',
    wrong: example`
      screen NEWS "News" {
        terminal
        data {
          rich = true
        }
        TextBody "**Big** news" { markdown: data.rich }
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen NEWS "News" {
        terminal
        TextBody "**Big** news" { markdown }
        Footer "OK" -> complete
      }
    `,
  },

  FLOW3020: {
    severity: 'error',
    title: 'Bound value of the wrong type',
    meta: 'INVALID_SCREEN_DYNAMIC_DATA',
    message: "'{property}' expects {expected}, but {value} is {found}",
    explanation:
      "A property bound to a data field, a form value or an expression gets its value when the screen is shown, and Meta checks the declared type of what it is bound to against what the property holds (\"Expected '…' to be of type '…'\"): visible, required and enabled take booleans, min-chars and the like numbers, unavailable-dates and init-value of a CheckboxGroup lists of strings, data-source a list of objects. Texts take strings and numbers. The type of a data field is the one written, or the one of its example: \"yes\" is a string, true a boolean.",
    wrong: example`
      screen WELCOME "Welcome" {
        terminal
        data {
          show_hint = "yes"
        }
        TextBody "Tap Start to begin." { visible: data.show_hint }
        Footer "Start" -> complete
      }
    `,
    fixed: example`
      screen WELCOME "Welcome" {
        terminal
        data {
          show_hint = true
        }
        TextBody "Tap Start to begin." { visible: data.show_hint }
        Footer "Start" -> complete
      }
    `,
  },
  FLOW3021: {
    severity: 'error',
    title: 'Bound list without the item fields',
    meta: 'INVALID_SCREEN_DYNAMIC_DATA',
    message: "'{property}' needs a list of objects with {fields}, but the items of {value} have no {missing}",
    explanation:
      "A data-source bound to a data field reads its options from it, so the field is a list of objects with the fields every option needs: id and title for data-source, id and main-content for NavigationList list-items, src and alt-text for ImageCarousel images. The fields come from the field's written type or from its example.",
    wrong: example`
      screen PICK "Pick a plan" {
        terminal
        data {
          plans = [{ id: "basic", name: "Basic" }, { id: "pro", name: "Pro" }]
        }
        RadioButtonsGroup plan "Plan" { data-source: data.plans }
        Footer "Choose" -> complete { plan: form.plan }
      }
    `,
    fixed: example`
      screen PICK "Pick a plan" {
        terminal
        data {
          plans = [{ id: "basic", title: "Basic" }, { id: "pro", title: "Pro" }]
        }
        RadioButtonsGroup plan "Plan" { data-source: data.plans }
        Footer "Choose" -> complete { plan: form.plan }
      }
    `,
  },
  FLOW3022: {
    severity: 'error',
    title: 'Not a "YYYY-MM-DD" date',
    meta: 'INVALID_DATE_RANGE',
    message: "\"{value}\" is not a valid date for '{property}': {reason}",
    explanation:
      'From Flow JSON 5.0 the dates of DatePicker and CalendarPicker (min-date, max-date, unavailable-dates, init-value) are written "YYYY-MM-DD", the same in every time zone; the day must exist in the calendar.',
    wrong: example`
      screen BOOK "Book a day" {
        terminal
        DatePicker day "Day" { min-date: "01/12/2026" }
        Footer "Book" -> complete { day: form.day }
      }
    `,
    fixed: example`
      screen BOOK "Book a day" {
        terminal
        DatePicker day "Day" { min-date: "2026-12-01" }
        Footer "Book" -> complete { day: form.day }
      }
    `,
  },
  FLOW3023: {
    severity: 'error',
    title: 'max-date before min-date',
    meta: 'INVALID_DATE_RANGE',
    message: 'max-date {max} is before min-date {min}',
    help: 'swap the two dates, or correct the one that is wrong',
    explanation: 'min-date and max-date bound the dates the user can pick, so min-date cannot come after max-date: no date could be picked.',
    wrong: example`
      screen BOOK "Book a day" {
        terminal
        DatePicker day "Day" { min-date: "2026-12-31"; max-date: "2026-12-01" }
        Footer "Book" -> complete { day: form.day }
      }
    `,
    fixed: example`
      screen BOOK "Book a day" {
        terminal
        DatePicker day "Day" { min-date: "2026-12-01"; max-date: "2026-12-31" }
        Footer "Book" -> complete { day: form.day }
      }
    `,
  },
  FLOW3024: {
    severity: 'error',
    title: 'Date outside min-date … max-date',
    meta: 'INVALID_DATE_RANGE',
    message: '{what} {date} is {relation}, outside the dates the user can pick',
    explanation:
      "Meta rejects an unavailable date, or the init-value of a DatePicker, outside the range min-date … max-date. A side that is not written is open: there is no default range.",
    wrong: example`
      screen BOOK "Book a day" {
        terminal
        DatePicker day "Day" {
          min-date: "2026-12-01"
          max-date: "2026-12-31"
          unavailable-dates: ["2026-12-25", "2027-01-01"]
        }
        Footer "Book" -> complete { day: form.day }
      }
    `,
    fixed: example`
      screen BOOK "Book a day" {
        terminal
        DatePicker day "Day" {
          min-date: "2026-12-01"
          max-date: "2026-12-31"
          unavailable-dates: ["2026-12-25"]
        }
        Footer "Book" -> complete { day: form.day }
      }
    `,
  },
  FLOW3025: {
    severity: 'error',
    title: 'Not a "#RRGGBB" colour',
    meta: 'PATTERN_MISMATCH',
    message: "'color' must be a hex colour \"#RRGGBB\", found \"{value}\"",
    help: 'write the colour as # and six hex digits, e.g. "#2E7D32"',
    explanation: 'The color of a data-source item is a static six-digit hex colour with a leading #; colour names and short #RGB forms are rejected.',
    wrong: example`
      screen RATE "Rate us" {
        terminal
        RadioButtonsGroup mood "How was it?" {
          data-source {
            good "Good" { color: "green" }
            bad "Bad" { color: "#C62828" }
          }
        }
        Footer "Send" -> complete { mood: form.mood }
      }
    `,
    fixed: example`
      screen RATE "Rate us" {
        terminal
        RadioButtonsGroup mood "How was it?" {
          data-source {
            good "Good" { color: "#2E7D32" }
            bad "Bad" { color: "#C62828" }
          }
        }
        Footer "Send" -> complete { mood: form.mood }
      }
    `,
  },
  FLOW3026: {
    severity: 'error',
    title: 'Invalid regular expression',
    meta: 'INVALID_PROPERTY_VALUE_FORMAT',
    message: "'pattern' is not a valid regular expression: {reason}",
    help: 'write the pattern raw, without /slashes/, and escape backslashes in the string: "^\\\\d{6}$"',
    explanation: "A TextInput's pattern is a regular expression the value must match. One that does not compile is rejected.",
    wrong: example`
      screen CODE "Your code" {
        terminal
        TextInput code "Code" { pattern: "^[0-9{6}$"; helper-text: "6 digits" }
        Footer "Send" -> complete { code: form.code }
      }
    `,
    fixed: example`
      screen CODE "Your code" {
        terminal
        TextInput code "Code" { pattern: "^[0-9]{6}$"; helper-text: "6 digits" }
        Footer "Send" -> complete { code: form.code }
      }
    `,
  },
  FLOW3027: {
    severity: 'error',
    title: 'Image is not base64 data',
    meta: 'INVALID_PROPERTY_VALUE_FORMAT',
    message: "'{property}' of {owner} is not base64 image data: {reason}",
    explanation:
      'WhatsApp Flows embed images: an Image src, a data-source item image and a NavigationList start image are the image file itself, base64-encoded (JPEG or PNG), never a URL. A binding to a data field is checked when the data arrives instead.',
    wrong: example`
      screen SHOP "Our shop" {
        terminal
        Image { src: "https://www.example.com/logo.png"; alt-text: "Logo" }
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen SHOP "Our shop" {
        terminal
        Image { src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC"; alt-text: "Logo" }
        Footer "Close" -> complete
      }
    `,
  },
  FLOW3028: {
    severity: 'error',
    title: 'Carousel image is not base64 data',
    meta: 'INVALID_PROPERTY_VALUE',
    message: "'{property}' of {owner} is not base64 image data: {reason}",
    explanation:
      "The images of an ImageCarousel are embedded, base64-encoded image files; Meta checks them itself (\"Image source is not in a valid base64 format.\").",
    wrong: example`
      screen ROOM "Deluxe room" {
        terminal
        ImageCarousel {
          images: [{ src: "https://www.example.com/room.jpg", alt-text: "Bedroom" }]
        }
        Footer "Book" -> complete
      }
    `,
    fixed: example`
      screen ROOM "Deluxe room" {
        terminal
        ImageCarousel {
          images: [{ src: "iVBORw0KGgoAAAANSUhEUgAAABAAAAAJCAIAAAC0SDtlAAAAFElEQVR42mP40CNHEmIY1TAoNAAAKFLmoRKZJR0AAAAASUVORK5CYII=", alt-text: "Bedroom" }]
        }
        Footer "Book" -> complete
      }
    `,
  },
  FLOW3029: {
    severity: 'error',
    title: 'Not an absolute URL',
    meta: 'INVALID_PROPERTY_VALUE_FORMAT',
    message: '"{value}" is not an absolute URL: {reason}',
    explanation: 'open_url opens its url in the browser, so it is a complete URL with a scheme, such as "https://www.example.com/terms" (Meta checks the uri format).',
    wrong: example`
      screen INFO "Information" {
        terminal
        EmbeddedLink "Our terms" -> open_url "www.example.com/terms"
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen INFO "Information" {
        terminal
        EmbeddedLink "Our terms" -> open_url "https://www.example.com/terms"
        Footer "Close" -> complete
      }
    `,
  },
  FLOW3030: {
    severity: 'error',
    title: 'Operand of the wrong type',
    meta: 'INVALID_PROPERTY_VALUE',
    message: '{operator} {needs}, but {operand} is {found}',
    explanation:
      "Meta type-checks expressions: + - * / % work on numbers, < <= > >= compare numbers, == and != compare two values of one type, && || and ! combine booleans. Text is not joined with +: write it as one string with references in it, \"Hello ${data.name}\". A TextInput gives a number only with input-type: number; a data field is a number when declared or given as one.",
    wrong: example`
      screen HELLO "Hello" {
        terminal
        data {
          name = "Maria"
        }
        TextHeading { text: "Hello " + data.name }
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen HELLO "Hello" {
        terminal
        data {
          name = "Maria"
        }
        TextHeading "Hello \${data.name}"
        Footer "Close" -> complete
      }
    `,
  },
  FLOW3031: {
    severity: 'error',
    title: 'Operand not allowed in an If condition',
    meta: 'INVALID_PROPERTY_VALUE',
    message: '{operand} cannot be an operand of this If condition: {reason}',
    explanation:
      "An If condition without arithmetic compiles to Meta's condition syntax, whose operands are strings, numbers and booleans: a data field typed integer, a list or an object is rejected (\"Operand … with type … is not supported\"), and so is a nested field such as data.address.city, whose type Meta looks up by its first name. Number literals are whole numbers. From Flow JSON 6.0 the condition can be written as a backtick expression instead, which has none of these limits.",
    wrong: example`
      screen STOCK "In stock" {
        terminal
        data {
          items_left: integer = 3
        }
        If data.items_left < 5 {
          TextCaption "Only a few left!"
        }
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen STOCK "In stock" {
        terminal
        data {
          items_left = 3
        }
        If data.items_left < 5 {
          TextCaption "Only a few left!"
        }
        Footer "Close" -> complete
      }
    `,
  },
  FLOW3032: {
    severity: 'error',
    title: 'If condition is not a boolean',
    meta: 'INVALID_PROPERTY_VALUE',
    message: 'an If condition must be true or false, but {value} is {found}',
    explanation: 'An If shows its then branch when the condition is true. A lone reference must be a boolean ("Expected single operand to be a boolean."); anything else is compared: data.name != "".',
    wrong: example`
      screen NEWS "News" {
        terminal
        data {
          headline = "Big sale"
        }
        If data.headline {
          TextHeading "\${data.headline}"
        }
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen NEWS "News" {
        terminal
        data {
          headline = "Big sale"
        }
        If data.headline != "" {
          TextHeading "\${data.headline}"
        }
        Footer "Close" -> complete
      }
    `,
  },
  FLOW3033: {
    severity: 'error',
    title: 'Fixed values on both sides of an operator',
    meta: 'INVALID_PROPERTY_VALUE',
    message: "'{operator}' has fixed values on both sides ({left} and {right}), so its result never changes",
    explanation: "Meta's condition syntax rejects an operator with literals on both sides (\"An operator cannot have literals on both sides\"): one side must read a data field or a form value.",
    wrong: example`
      screen HOURS "Opening hours" {
        terminal
        data {
          open = true
        }
        If data.open && 1 == 1 {
          TextBody "We are open."
        }
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen HOURS "Opening hours" {
        terminal
        data {
          open = true
        }
        If data.open {
          TextBody "We are open."
        }
        Footer "Close" -> complete
      }
    `,
  },
  FLOW3034: {
    severity: 'error',
    title: 'If condition reads nothing',
    meta: 'INVALID_PROPERTY_VALUE',
    message: 'this If condition reads no data or form value, so it never changes',
    help: 'compare a data field or a form value, e.g. If form.plan == "pro"; to always show the components, write them without the If',
    explanation: 'Meta requires at least one dynamic operand in an If condition ("The only operand is a literal value"). A condition of fixed values always gives the same answer.',
    wrong: example`
      screen HOURS "Opening hours" {
        terminal
        If true {
          TextBody "We are open."
        }
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen HOURS "Opening hours" {
        terminal
        TextBody "We are open."
        Footer "Close" -> complete
      }
    `,
  },
  FLOW3035: {
    severity: 'error',
    title: 'Switch on a fixed value',
    meta: 'PATTERN_MISMATCH',
    message: 'a Switch needs a value read at run time, such as form.plan, but {value} is fixed',
    explanation: "A Switch's value is a binding (${data.x}, ${form.x}, ${screen.S.…}) or, from 6.0, an expression: it picks the case to show when the screen runs.",
    wrong: example`
      screen PAY "Payment" {
        terminal
        Switch "card" {
          case card { TextCaption "You pay when you confirm." }
          case cash { TextCaption "Have the exact amount ready." }
        }
        Footer "Confirm" -> complete
      }
    `,
    fixed: example`
      screen PAY "Payment" {
        terminal
        RadioButtonsGroup method "Pay with" {
          data-source {
            card "Card"
            cash "Cash"
          }
        }
        Switch form.method {
          case card { TextCaption "You pay when you confirm." }
          case cash { TextCaption "Have the exact amount ready." }
        }
        Footer "Confirm" -> complete { method: form.method }
      }
    `,
  },
  FLOW3036: {
    severity: 'error',
    title: 'Literal "${" in text',
    message: 'this text contains a literal "${", which Meta would read as the start of a reference',
    help: 'Flow JSON cannot show "${" as text: write it another way, e.g. "$ {" or "{…}"',
    explanation:
      'In Flow JSON every "${" in a string starts a reference: there is no escape. So text written with \\${ to show a literal "${" would reach Meta as a reference to a field that does not exist, or as a broken expression. Data examples are exempt.',
    wrong: example`
      screen HELP "Template help" {
        terminal
        TextBody "Write \\\${amount} where the price goes."
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen HELP "Template help" {
        terminal
        TextBody "Write {amount} where the price goes."
        Footer "OK" -> complete
      }
    `,
  },

  // ── FLOW4xxx: actions and routing ───────────────────────────────────────────────────────────────
  FLOW4001: {
    severity: 'error',
    title: 'Action not allowed in this slot',
    meta: 'INVALID_ENUM_VALUE',
    message: "'{property}' of {component} cannot {action}: it accepts {allowed}",
    explanation: 'Each action slot accepts only some actions (spec §5): a Footer can navigate, complete or exchange data; an EmbeddedLink cannot complete; select actions can only exchange or update data.',
    wrong: example`
      screen DONE "All done" {
        terminal
        TextBody "Your order is on its way."
        EmbeddedLink "Finish" -> complete
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen DONE "All done" {
        terminal
        TextBody "Your order is on its way."
        EmbeddedLink "Track it" -> open_url "https://www.example.com/track"
        Footer "Close" -> complete
      }
    `,
  },
  FLOW4002: {
    severity: 'error',
    title: 'data_exchange without an endpoint',
    meta: 'MISSING_REQUIRED_PROPERTY',
    message: 'data_exchange needs an endpoint: declare `endpoint` in the flow header',
    help: 'add `endpoint` to the `flow { … }` header',
    explanation: 'A data_exchange action calls the business endpoint, which Flow JSON declares with data_api_version. Declare `endpoint` in the flow header.',
    wrong: example`
      screen CHECK "Check availability" {
        terminal
        DatePicker date "Date"
        Footer "Check" -> data_exchange { date: form.date }
      }
    `,
    fixed: example`
      flow { endpoint }

      screen CHECK "Check availability" {
        terminal
        DatePicker date "Date"
        Footer "Check" -> data_exchange { date: form.date }
      }
    `,
  },
  FLOW4003: {
    severity: 'error',
    title: 'routes without an endpoint',
    meta: 'INVALID_ROUTING_MODEL',
    message: '`routes` needs an endpoint: only the endpoint decides these routes',
    help: 'add `endpoint` to the `flow { … }` header, or use navigate actions',
    explanation: '`routes` declares the screens the endpoint may send the user to. Without an endpoint, routes come from navigate actions only.',
    wrong: example`
      screen APPLY "Apply" {
        routes RESULT
        TextInput amount "Amount" { input-type: number }
        Footer "Apply" -> navigate RESULT
      }

      screen RESULT "Result" {
        terminal
        TextBody "We will let you know."
        Footer "OK" -> complete { amount: screen.APPLY.form.amount }
      }
    `,
    fixed: example`
      screen APPLY "Apply" {
        TextInput amount "Amount" { input-type: number }
        Footer "Apply" -> navigate RESULT
      }

      screen RESULT "Result" {
        terminal
        TextBody "We will let you know."
        Footer "OK" -> complete { amount: screen.APPLY.form.amount }
      }
    `,
  },
  FLOW4004: {
    severity: 'error',
    title: 'Not an action',
    message: "'{property}' expects an action (navigate, complete, data_exchange, update_data, open_url), found {found}",
    explanation: 'Action slots hold an action: `navigate SCREEN { payload }`, `complete { payload }`, `data_exchange { payload }`, `update_data { … }` or `open_url "https://…"`.',
    wrong: example`
      flow { endpoint }

      screen SIZE "Size" {
        terminal
        Dropdown size "Size" {
          data-source { s "Small"; l "Large" }
          on-select-action: "data_exchange"
        }
        Footer "OK" -> complete { size: form.size }
      }
    `,
    fixed: example`
      flow { endpoint }

      screen SIZE "Size" {
        terminal
        Dropdown size "Size" {
          data-source { s "Small"; l "Large" }
          on-select-action: data_exchange { size: form.size }
        }
        Footer "OK" -> complete { size: form.size }
      }
    `,
  },

  FLOW4010: {
    severity: 'error',
    title: 'Navigation to the same screen',
    meta: 'INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME',
    message: "screen '{id}' navigates to itself",
    help: 'use update_data to change what the screen shows, or navigate to another screen',
    explanation: 'Meta rejects a navigate action whose target is the screen it is on (a loop in the routing model).',
    wrong: example`
      screen START "Quiz" {
        Footer "Begin" -> navigate QUIZ
      }

      screen QUIZ "Question" {
        TextBody "What is the capital of France?"
        EmbeddedLink "Skip" -> navigate QUIZ
        Footer "Answer" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen START "Quiz" {
        Footer "Begin" -> navigate QUIZ
      }

      screen QUIZ "Question" {
        TextBody "What is the capital of France?"
        EmbeddedLink "Skip" -> navigate DONE
        Footer "Answer" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
  },
  FLOW4011: {
    severity: 'error',
    title: 'Backward route',
    meta: 'INVALID_ROUTING_MODEL',
    message: "screens '{a}' and '{b}' route to each other",
    help: "routes only go forward; the back button already returns from '{b}' to '{a}'",
    explanation: 'Meta accepts forward routes only: A→B together with B→A is rejected. WhatsApp shows a back button, so a route back is never needed.',
    wrong: example`
      screen WELCOME "Welcome" {
        Footer "Shop" -> navigate CART
      }

      screen CART "Cart" {
        Footer "Checkout" -> navigate PAY
      }

      screen PAY "Payment" {
        terminal
        EmbeddedLink "Back to the cart" -> navigate CART
        Footer "Pay" -> complete
      }
    `,
    fixed: example`
      screen WELCOME "Welcome" {
        Footer "Shop" -> navigate CART
      }

      screen CART "Cart" {
        Footer "Checkout" -> navigate PAY
      }

      screen PAY "Payment" {
        terminal
        Footer "Pay" -> complete
      }
    `,
  },
  FLOW4012: {
    severity: 'warning',
    title: 'Routing cycle',
    message: 'the screens {cycle} form a cycle',
    explanation: "Meta's validator lets longer cycles through, but its documentation asks for an acyclic routing model and users can loop forever. Break the cycle.",
    wrong: example`
      screen START "Quiz" {
        Footer "Begin" -> navigate ONE
      }

      screen ONE "Question 1" {
        Footer "Next" -> navigate TWO
      }

      screen TWO "Question 2" {
        Footer "Next" -> navigate THREE
      }

      screen THREE "Question 3" {
        EmbeddedLink "Start over" -> navigate ONE
        Footer "Finish" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen START "Quiz" {
        Footer "Begin" -> navigate ONE
      }

      screen ONE "Question 1" {
        Footer "Next" -> navigate TWO
      }

      screen TWO "Question 2" {
        Footer "Next" -> navigate THREE
      }

      screen THREE "Question 3" {
        Footer "Finish" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
  },
  FLOW4013: {
    severity: 'error',
    title: 'No entry screen',
    meta: 'INVALID_ROUTING_MODEL',
    message: 'every screen is the target of a route, so the Flow has no entry screen',
    explanation: 'The entry screen is a screen no route leads to. When every screen has an inbound route, Meta cannot tell where the Flow starts.',
    wrong: example`
      screen ONE "Question 1" {
        Footer "Next" -> navigate TWO
      }

      screen TWO "Question 2" {
        Footer "Next" -> navigate THREE
      }

      screen THREE "Question 3" {
        EmbeddedLink "Start over" -> navigate ONE
        Footer "Finish" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen ONE "Question 1" {
        Footer "Next" -> navigate TWO
      }

      screen TWO "Question 2" {
        Footer "Next" -> navigate THREE
      }

      screen THREE "Question 3" {
        Footer "Finish" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
  },
  FLOW4014: {
    severity: 'error',
    title: 'Screen not connected',
    meta: 'INVALID_ROUTING_MODEL',
    message: "screen '{id}' is not connected to the rest of the Flow",
    help: "navigate to '{id}' from another screen (or list it in `routes`), or remove it",
    explanation: 'Every screen must be connected with the others through navigate actions or routes.',
    wrong: example`
      screen WELCOME "Welcome" {
        Footer "Continue" -> navigate DONE
      }

      screen OFFER "Spring offer" {
        terminal
        TextBody "20% off everything until Sunday."
        Footer "Close" -> complete
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen WELCOME "Welcome" {
        EmbeddedLink "Our spring offer" -> navigate OFFER
        Footer "Continue" -> navigate DONE
      }

      screen OFFER "Spring offer" {
        terminal
        TextBody "20% off everything until Sunday."
        Footer "Close" -> complete
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
  },
  FLOW4015: {
    severity: 'error',
    title: 'Too many branches',
    meta: 'INVALID_ROUTING_MODEL',
    message: "screen '{id}' routes to {count} screens; at most 10 are allowed",
    explanation: 'Meta allows at most 10 outgoing routes per screen.',
    wrong: example`
      flow { endpoint; limits "meta" }

      screen MENU "Menu" {
        routes SA, SB, SC, SD, SE, SF, SG, SH, SI, SJ, SK
        Footer "Continue" -> data_exchange {}
      }
      screen SA "Answer A" { terminal
       Footer "Close" -> complete }
      screen SB "Answer B" { terminal
       Footer "Close" -> complete }
      screen SC "Answer C" { terminal
       Footer "Close" -> complete }
      screen SD "Answer D" { terminal
       Footer "Close" -> complete }
      screen SE "Answer E" { terminal
       Footer "Close" -> complete }
      screen SF "Answer F" { terminal
       Footer "Close" -> complete }
      screen SG "Answer G" { terminal
       Footer "Close" -> complete }
      screen SH "Answer H" { terminal
       Footer "Close" -> complete }
      screen SI "Answer I" { terminal
       Footer "Close" -> complete }
      screen SJ "Answer J" { terminal
       Footer "Close" -> complete }
      screen SK "Answer K" { terminal
       Footer "Close" -> complete }
    `,
    fixed: example`
      flow { endpoint; limits "meta" }

      screen MENU "Menu" {
        routes SA, SB, SC, SD, SE, SF, SG, SH, SI, SJ
        Footer "Continue" -> data_exchange {}
      }
      screen SA "Answer A" { terminal
       Footer "Close" -> complete }
      screen SB "Answer B" { terminal
       Footer "Close" -> complete }
      screen SC "Answer C" { terminal
       Footer "Close" -> complete }
      screen SD "Answer D" { terminal
       Footer "Close" -> complete }
      screen SE "Answer E" { terminal
       Footer "Close" -> complete }
      screen SF "Answer F" { terminal
       Footer "Close" -> complete }
      screen SG "Answer G" { terminal
       Footer "Close" -> complete }
      screen SH "Answer H" { terminal
       Footer "Close" -> complete }
      screen SI "Answer I" { terminal
       Footer "Close" -> complete }
      screen SJ "Answer J" { terminal
       Footer "Close" -> complete }
    `,
  },
  FLOW4019: {
    severity: 'error',
    title: 'No screens',
    meta: 'MIN_ITEMS_REQUIRED',
    message: 'the Flow has no screens',
    help: 'add a screen: screen WELCOME "Welcome" { … }',
    explanation: 'Flow JSON needs at least one screen.',
    wrong: example`
      flow survey { version "7.3" }
    `,
    fixed: example`
      flow survey { version "7.3" }

      screen THANKS "Thanks" {
        terminal
        Footer "Close" -> complete
      }
    `,
  },
  FLOW4020: {
    severity: 'error',
    title: 'No terminal screen',
    meta: 'MISSING_TERMINAL_SCREEN',
    message: 'the Flow has no terminal screen',
    help: 'mark the last screen with `terminal` and give it a Footer that completes the Flow',
    explanation: 'A Flow ends on a terminal screen, whose Footer completes it. Meta rejects a Flow without one.',
    wrong: example`
      screen ASK "Question" {
        TextInput answer "Your answer"
        Footer "Send" -> navigate THANKS
      }

      screen THANKS "Thanks" {
        TextBody "Thank you!"
      }
    `,
    fixed: example`
      screen ASK "Question" {
        TextInput answer "Your answer"
        Footer "Send" -> navigate THANKS
      }

      screen THANKS "Thanks" {
        terminal
        TextBody "Thank you!"
        Footer "Close" -> complete { answer: screen.ASK.form.answer }
      }
    `,
  },
  FLOW4021: {
    severity: 'error',
    title: 'Terminal screen without a Footer',
    meta: 'MISSING_FOOTER_ON_TERMINAL_SCREEN',
    message: "terminal screen '{id}' has no Footer",
    help: 'add a Footer that completes the Flow',
    explanation: 'The Footer of a terminal screen is how the user finishes the Flow.',
    wrong: example`
      screen THANKS "Thanks" {
        terminal
        TextBody "Thank you!"
      }
    `,
    fixed: example`
      screen THANKS "Thanks" {
        terminal
        TextBody "Thank you!"
        Footer "Close" -> complete
      }
    `,
  },
  FLOW4022: {
    severity: 'error',
    title: 'No successful terminal screen',
    meta: 'INVALID_PROPERTY_VALUE',
    message: 'at least one terminal screen must have success true',
    explanation: 'Meta requires at least one terminal screen that ends the Flow successfully (success defaults to true).',
    wrong: example`
      screen SORRY "Sorry" {
        terminal
        success: false
        TextBody "We cannot help you with this."
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen SORRY "Sorry" {
        terminal
        TextBody "We cannot help you with this."
        Footer "Close" -> complete
      }
    `,
  },
  FLOW4023: {
    severity: 'error',
    title: 'complete on a screen that is not terminal',
    meta: 'INVALID_COMPLETE_ACTION',
    message: "complete can only be used on a terminal screen; '{id}' is not terminal",
    help: 'mark the screen `terminal`, or navigate to a terminal screen',
    explanation: 'complete ends the Flow, which only a terminal screen may do.',
    wrong: example`
      screen ASK "Question" {
        TextInput answer "Your answer"
        EmbeddedLink "Skip" -> navigate DONE
        Footer "Send" -> complete { answer: form.answer }
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen ASK "Question" {
        TextInput answer "Your answer"
        Footer "Send" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete { answer: screen.ASK.form.answer }
      }
    `,
  },
  FLOW4024: {
    severity: 'error',
    title: 'navigate from a terminal screen',
    meta: 'INVALID_ROUTING_MODEL',
    message: "the Footer of terminal screen '{id}' navigates; it should complete the Flow",
    explanation: 'A terminal screen ends the Flow: its Footer completes it (or asks the endpoint), it does not move on to another screen.',
    wrong: example`
      screen INTRO "Intro" {
        terminal
        Footer "Next" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen INTRO "Intro" {
        Footer "Next" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
  },
  FLOW4025: {
    severity: 'error',
    title: 'success on a screen that is not terminal',
    meta: 'NOT_KEYWORD_SCHEMA_VALIDATION_FAILED',
    message: "'success' can only be set on a terminal screen",
    explanation: 'success says whether ending the Flow on a terminal screen counts as success; other screens do not end the Flow.',
    wrong: example`
      screen ASK "Question" {
        success: false
        Footer "Next" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen ASK "Question" {
        Footer "Next" -> navigate DONE
      }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
  },
  FLOW4026: {
    severity: 'error',
    title: 'refresh_on_back without an endpoint',
    meta: 'INVALID_PROPERTY_VALUE',
    message: 'refresh_on_back needs an endpoint: declare `endpoint` in the flow header',
    explanation: 'refresh_on_back asks the endpoint for fresh data when the user goes back; without an endpoint there is nobody to ask.',
    wrong: example`
      screen SLOTS "Pick a time" {
        terminal
        refresh_on_back
        Footer "Book" -> complete
      }
    `,
    fixed: example`
      flow { endpoint }

      screen SLOTS "Pick a time" {
        terminal
        refresh_on_back
        Footer "Book" -> complete
      }
    `,
  },
  FLOW4030: {
    severity: 'error',
    title: 'navigate payload misses data fields',
    meta: 'INVALID_NAVIGATE_ACTION_PAYLOAD',
    message: "navigate to '{id}' must send {fields}: they are declared in its data",
    explanation: "A navigate payload becomes the next screen's data, so it must give every field the next screen declares.",
    wrong: example`
      screen PLAN "Choose a plan" {
        RadioButtonsGroup plan "Plan" { data-source { basic "Basic"; pro "Pro" } }
        Footer "Next" -> navigate CONFIRM
      }

      screen CONFIRM "Confirm" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Plan: \${data.plan}"
        Footer "OK" -> complete { plan: data.plan }
      }
    `,
    fixed: example`
      screen PLAN "Choose a plan" {
        RadioButtonsGroup plan "Plan" { data-source { basic "Basic"; pro "Pro" } }
        Footer "Next" -> navigate CONFIRM { plan: form.plan }
      }

      screen CONFIRM "Confirm" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Plan: \${data.plan}"
        Footer "OK" -> complete { plan: data.plan }
      }
    `,
  },
  FLOW4031: {
    severity: 'error',
    title: 'navigate payload has unknown fields',
    meta: 'INVALID_NAVIGATE_ACTION_PAYLOAD',
    message: "screen '{id}' declares no data field '{name}'",
    help: "declare it in {id}'s data block, or remove it from the payload",
    explanation: "A navigate payload becomes the next screen's data, so it may only hold fields the next screen declares.",
    wrong: example`
      screen PLAN "Choose a plan" {
        RadioButtonsGroup plan "Plan" { data-source { basic "Basic"; pro "Pro" } }
        Footer "Next" -> navigate CONFIRM { plan: form.plan, price: "9.99" }
      }

      screen CONFIRM "Confirm" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Plan: \${data.plan}"
        Footer "OK" -> complete { plan: data.plan }
      }
    `,
    fixed: example`
      screen PLAN "Choose a plan" {
        RadioButtonsGroup plan "Plan" { data-source { basic "Basic"; pro "Pro" } }
        Footer "Next" -> navigate CONFIRM { plan: form.plan }
      }

      screen CONFIRM "Confirm" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Plan: \${data.plan}"
        Footer "OK" -> complete { plan: data.plan }
      }
    `,
  },

  FLOW4040: {
    severity: 'error',
    title: 'navigate payload value of the wrong type',
    meta: 'INVALID_NAVIGATE_ACTION_STATIC_DATA',
    message: "screen '{id}' declares {field} as {expected}, but {value} is {found}",
    explanation:
      "A navigate payload becomes the next screen's data, and Meta checks each fixed value against the type that screen declares for the field: \"2\" is a string, 2 a number, true a boolean.",
    wrong: example`
      screen ORDER "Order" {
        TextBody "One box of business cards."
        Footer "Next" -> navigate CONFIRM { quantity: "2" }
      }

      screen CONFIRM "Confirm" {
        terminal
        data {
          quantity = 1
        }
        TextBody "Quantity: \${data.quantity}"
        Footer "Confirm" -> complete { quantity: data.quantity }
      }
    `,
    fixed: example`
      screen ORDER "Order" {
        TextBody "One box of business cards."
        Footer "Next" -> navigate CONFIRM { quantity: 2 }
      }

      screen CONFIRM "Confirm" {
        terminal
        data {
          quantity = 1
        }
        TextBody "Quantity: \${data.quantity}"
        Footer "Confirm" -> complete { quantity: data.quantity }
      }
    `,
  },
  FLOW4041: {
    severity: 'error',
    title: 'navigate payload reference of the wrong type',
    meta: 'INVALID_NAVIGATE_ACTION_PAYLOAD',
    message: "screen '{id}' declares {field} as {expected}, but {value} is {found}",
    explanation:
      "A navigate payload becomes the next screen's data, and Meta checks the type of each reference against the type that screen declares for the field (\"Property is expecting 'string' but got …\"). form.x has the type of its input: a TextInput gives a string (a number with input-type: number), a CheckboxGroup a list of strings, an OptIn a boolean.",
    wrong: example`
      screen ORDER "Order" {
        TextInput quantity "Quantity" { input-type: number }
        Footer "Next" -> navigate CONFIRM { quantity: form.quantity }
      }

      screen CONFIRM "Confirm" {
        terminal
        data {
          quantity = "1"
        }
        TextBody "Quantity: \${data.quantity}"
        Footer "Confirm" -> complete { quantity: data.quantity }
      }
    `,
    fixed: example`
      screen ORDER "Order" {
        TextInput quantity "Quantity" { input-type: number }
        Footer "Next" -> navigate CONFIRM { quantity: form.quantity }
      }

      screen CONFIRM "Confirm" {
        terminal
        data {
          quantity = 1
        }
        TextBody "Quantity: \${data.quantity}"
        Footer "Confirm" -> complete { quantity: data.quantity }
      }
    `,
  },
  FLOW4042: {
    severity: 'error',
    title: 'Uploaded files in a navigate payload',
    meta: 'INVALID_NAVIGATE_ACTION_PAYLOAD',
    message: '{value} holds the files of a {component}, which cannot be sent with navigate',
    explanation:
      'The value of a PhotoPicker or DocumentPicker cannot go into a navigate payload. A later screen reads it directly with a global reference, screen.SCREEN.form.name, for example in its complete payload.',
    wrong: example`
      screen DAMAGE "Report damage" {
        PhotoPicker photos "Photos of the damage" { max-uploaded-photos: 3 }
        Footer "Next" -> navigate SEND { photos: form.photos }
      }

      screen SEND "Send your claim" {
        terminal
        data {
          photos: [string] = []
        }
        Footer "Send" -> complete { photos: data.photos }
      }
    `,
    fixed: example`
      screen DAMAGE "Report damage" {
        PhotoPicker photos "Photos of the damage" { max-uploaded-photos: 3 }
        Footer "Next" -> navigate SEND
      }

      screen SEND "Send your claim" {
        terminal
        TextBody "We reply within two working days."
        Footer "Send" -> complete { photos: screen.DAMAGE.form.photos }
      }
    `,
  },
  FLOW4043: {
    severity: 'error',
    title: 'Uploaded files inside a payload value',
    meta: 'INVALID_ON_CLICK_ACTION_PAYLOAD',
    message: '{value} holds the files of a {component}: in a {action} payload they must be a value of their own, not part of {where}',
    explanation: 'In complete and data_exchange payloads the value of a PhotoPicker or DocumentPicker is allowed only as a top-level value, photos: form.photos, not inside a list, an object or a text.',
    wrong: example`
      screen CLAIM "Your claim" {
        terminal
        PhotoPicker photos "Photos of the damage" { max-uploaded-photos: 3 }
        Footer "Send" -> complete { claim: { photos: form.photos } }
      }
    `,
    fixed: example`
      screen CLAIM "Your claim" {
        terminal
        PhotoPicker photos "Photos of the damage" { max-uploaded-photos: 3 }
        Footer "Send" -> complete { photos: form.photos }
      }
    `,
  },
  FLOW4044: {
    severity: 'error',
    title: 'Too many files in a complete payload',
    meta: 'INVALID_ON_CLICK_ACTION_PAYLOAD',
    message: 'this complete payload can send up to {detail}; Meta allows at most {limit}',
    explanation:
      'The files of a complete payload travel in the response message. From Flow JSON 5.0 all the pickers it references may send at most 10 files and 102400 KB (100 MB) together, counting each picker at its max-uploaded-photos or max-uploaded-documents (30 when not set) times its max-file-size-kb (25600 when not set). Before 5.0 a complete payload holds one picker with at most one file. data_exchange payloads are not limited this way.',
    wrong: example`
      screen CLAIM "Your claim" {
        terminal
        PhotoPicker photos "Photos of the damage"
        Footer "Send" -> complete { photos: form.photos }
      }
    `,
    fixed: example`
      screen CLAIM "Your claim" {
        terminal
        PhotoPicker photos "Photos of the damage" { max-uploaded-photos: 3 }
        Footer "Send" -> complete { photos: form.photos }
      }
    `,
  },
  FLOW4045: {
    severity: 'error',
    title: 'update_data of an undeclared field',
    meta: 'INVALID_UPDATE_DATA_ACTION_PAYLOAD',
    message: "screen '{screen}' declares no data field '{name}' for update_data to change",
    explanation: "update_data changes the data of the screen it is on, so each key of its payload is one of that screen's data fields.",
    wrong: example`
      screen DELIVERY "Delivery" {
        terminal
        data {
          show_address = false
        }
        RadioButtonsGroup method "Delivery or pick-up?" {
          data-source {
            pickup "Pick up" { on-select-action: update_data { show_adress: false } }
            delivery "Deliver" { on-select-action: update_data { show_address: true } }
          }
        }
        TextInput address "Address" { visible: data.show_address }
        Footer "Continue" -> complete { method: form.method, address: form.address }
      }
    `,
    fixed: example`
      screen DELIVERY "Delivery" {
        terminal
        data {
          show_address = false
        }
        RadioButtonsGroup method "Delivery or pick-up?" {
          data-source {
            pickup "Pick up" { on-select-action: update_data { show_address: false } }
            delivery "Deliver" { on-select-action: update_data { show_address: true } }
          }
        }
        TextInput address "Address" { visible: data.show_address }
        Footer "Continue" -> complete { method: form.method, address: form.address }
      }
    `,
  },
  FLOW4046: {
    severity: 'error',
    title: 'update_data sets a field to itself',
    meta: 'INVALID_UPDATE_DATA_ACTION_PAYLOAD',
    message: "update_data sets '{name}' to its own value, which changes nothing",
    help: 'remove the entry, or set the field to a new value',
    explanation: 'Meta rejects an update_data entry whose value is the field it updates ("Attempting to update a key with its own value is redundant and not allowed.").',
    wrong: example`
      screen DELIVERY "Delivery" {
        terminal
        data {
          show_address = false
        }
        RadioButtonsGroup method "Delivery or pick-up?" {
          data-source {
            pickup "Pick up" { on-select-action: update_data { show_address: data.show_address } }
            delivery "Deliver" { on-select-action: update_data { show_address: true } }
          }
        }
        TextInput address "Address" { visible: data.show_address }
        Footer "Continue" -> complete { method: form.method, address: form.address }
      }
    `,
    fixed: example`
      screen DELIVERY "Delivery" {
        terminal
        data {
          show_address = false
        }
        RadioButtonsGroup method "Delivery or pick-up?" {
          data-source {
            pickup "Pick up" { on-select-action: update_data { show_address: false } }
            delivery "Deliver" { on-select-action: update_data { show_address: true } }
          }
        }
        TextInput address "Address" { visible: data.show_address }
        Footer "Continue" -> complete { method: form.method, address: form.address }
      }
    `,
  },
  FLOW4047: {
    severity: 'error',
    title: 'update_data value of the wrong type',
    meta: 'INVALID_UPDATE_DATA_ACTION_PAYLOAD',
    message: 'update_data sets {field}, declared as {expected}, to {value}, which is {found}',
    explanation: "update_data changes the screen's data, which keeps the types its data block declares: a field declared (or inferred) as a boolean takes true or false, not \"yes\".",
    wrong: example`
      screen DELIVERY "Delivery" {
        terminal
        data {
          show_address = false
        }
        RadioButtonsGroup method "Delivery or pick-up?" {
          data-source {
            pickup "Pick up" { on-select-action: update_data { show_address: "no" } }
            delivery "Deliver" { on-select-action: update_data { show_address: true } }
          }
        }
        TextInput address "Address" { visible: data.show_address }
        Footer "Continue" -> complete { method: form.method, address: form.address }
      }
    `,
    fixed: example`
      screen DELIVERY "Delivery" {
        terminal
        data {
          show_address = false
        }
        RadioButtonsGroup method "Delivery or pick-up?" {
          data-source {
            pickup "Pick up" { on-select-action: update_data { show_address: false } }
            delivery "Deliver" { on-select-action: update_data { show_address: true } }
          }
        }
        TextInput address "Address" { visible: data.show_address }
        Footer "Continue" -> complete { method: form.method, address: form.address }
      }
    `,
  },

  // ── FLOW5xxx: components and placement ──────────────────────────────────────────────────────────
  FLOW5001: {
    severity: 'error',
    title: 'Unknown component',
    meta: 'INVALID_PROPERTY_VALUE',
    message: "unknown component '{name}'",
    explanation: 'Components keep Meta\'s names: TextHeading, TextInput, Dropdown, Footer, If, Switch, … (see docs/components.md).',
    wrong: example`
      screen CONTACT "Contact" {
        terminal
        Textinput email "Email"
        Footer "Send" -> complete { email: form.email }
      }
    `,
    fixed: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email"
        Footer "Send" -> complete { email: form.email }
      }
    `,
  },
  FLOW5002: {
    severity: 'error',
    title: 'Unknown property',
    meta: 'INVALID_PROPERTY_KEY',
    message: "{component} has no property '{name}'",
    explanation: 'Properties keep Meta\'s names (label, helper-text, data-source, …); docs/components.md lists each component\'s properties.',
    wrong: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" { helper: "We never share it" }
        Footer "Send" -> complete { email: form.email }
      }
    `,
    fixed: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" { helper-text: "We never share it" }
        Footer "Send" -> complete { email: form.email }
      }
    `,
  },
  FLOW5003: {
    severity: 'error',
    title: 'Missing required property',
    meta: 'MISSING_REQUIRED_PROPERTY',
    message: "{component} needs '{name}'",
    explanation: 'Meta rejects a component without its required properties.',
    wrong: example`
      screen CITY "Your city" {
        terminal
        Dropdown city "City"
        Footer "Send" -> complete { city: form.city }
      }
    `,
    fixed: example`
      screen CITY "Your city" {
        terminal
        Dropdown city "City" {
          data-source {
            ams "Amsterdam"
            rtm "Rotterdam"
          }
        }
        Footer "Send" -> complete { city: form.city }
      }
    `,
  },
  FLOW5004: {
    severity: 'error',
    title: 'Input without a name',
    meta: 'MISSING_REQUIRED_PROPERTY',
    message: '{component} needs a name: {component} NAME "…"',
    explanation: 'Inputs are named right after the component keyword; the name is how form.NAME and the form data refer to the value.',
    wrong: example`
      screen CONTACT "Contact" {
        terminal
        TextInput "Email"
        Footer "Send" -> complete
      }
    `,
    fixed: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email"
        Footer "Send" -> complete { email: form.email }
      }
    `,
  },
  FLOW5005: {
    severity: 'error',
    title: 'Name not allowed',
    message: '{component} takes no name',
    explanation: 'Only inputs, Form and NavigationList have names.',
    wrong: example`
      screen HELLO "Hello" {
        terminal
        TextHeading title "Welcome!"
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen HELLO "Hello" {
        terminal
        TextHeading "Welcome!"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW5006: {
    severity: 'error',
    title: 'Text not allowed',
    message: '{component} takes no text after its keyword; write its properties in the block',
    explanation: 'The string after a component keyword sets its main text (label or text). This component has none.',
    wrong: example`
      screen SHOP "Our shop" {
        terminal
        Image "Shop logo" { src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC" }
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen SHOP "Our shop" {
        terminal
        Image { src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC"; alt-text: "Shop logo" }
        Footer "OK" -> complete
      }
    `,
  },
  FLOW5007: {
    severity: 'error',
    title: '-> not allowed',
    message: '{component} has no on-click action',
    explanation: '`-> action` sets on-click-action, which only Footer, EmbeddedLink, OptIn and NavigationList have.',
    wrong: example`
      screen DONE "Done" {
        terminal
        TextBody "Tap here to finish" -> complete
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen DONE "Done" {
        terminal
        TextBody "Tap Close to finish."
        Footer "Close" -> complete
      }
    `,
  },
  FLOW5008: {
    severity: 'error',
    title: 'Component cannot hold components',
    message: '{component} cannot contain other components',
    explanation: 'Only Form, If and Switch hold components.',
    wrong: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" {
          TextCaption "We never share it"
        }
        Footer "Send" -> complete { email: form.email }
      }
    `,
    fixed: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Email" {
          helper-text: "We never share it"
        }
        Footer "Send" -> complete { email: form.email }
      }
    `,
  },
  FLOW5009: {
    severity: 'error',
    title: 'Misplaced component',
    meta: 'INVALID_COMPONENT_PLACEMENT',
    message: '{component} is not allowed inside {parent}{since}',
    explanation: 'Form, If and Switch accept only some components (spec §4.19–4.21).',
    wrong: example`
      screen ROOM "Deluxe room" {
        terminal
        data {
          has_photos = true
        }
        If data.has_photos {
          ImageCarousel { images: [{ src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC", alt-text: "Bedroom" }] }
        }
        Footer "Book" -> complete
      }
    `,
    fixed: example`
      screen ROOM "Deluxe room" {
        terminal
        ImageCarousel { images: [{ src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC", alt-text: "Bedroom" }] }
        Footer "Book" -> complete
      }
    `,
  },
  FLOW5010: {
    severity: 'error',
    title: 'Unknown screen property',
    meta: 'INVALID_PROPERTY_KEY',
    message: "screens have no property '{name}'",
    help: 'screen properties are terminal, success, refresh_on_back and sensitive',
    explanation: 'A screen holds its title, `data`, `routes`, the properties terminal, success, refresh_on_back, sensitive, and its components.',
    wrong: example`
      flow { endpoint }

      screen SLOTS "Pick a time" {
        terminal
        refresh_on_bak
        Footer "Book" -> complete
      }
    `,
    fixed: example`
      flow { endpoint }

      screen SLOTS "Pick a time" {
        terminal
        refresh_on_back
        Footer "Book" -> complete
      }
    `,
  },

  FLOW5011: {
    severity: 'error',
    title: 'Screen-level block inside a component',
    message: '`{what}` belongs directly in the screen block, not inside {component}',
    explanation: 'A screen\'s `data { … }` block and its `routes` describe the whole screen, so they sit directly in the screen block.',
    wrong: example`
      screen HELLO "Hello" {
        terminal
        TextHeading "Hi \${data.name}" {
          data { name = "Jane" }
        }
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen HELLO "Hello" {
        terminal
        data { name = "Jane" }
        TextHeading "Hi \${data.name}"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW5012: {
    severity: 'error',
    title: 'If nested too deeply',
    meta: 'MAXIMUM_IF_NESTING',
    message: 'If components can be nested at most 3 levels deep',
    explanation: "Meta's validator rejects an If inside an If inside an If inside an If.",
    wrong: example`
      screen OFFER "Offer" {
        terminal
        data {
          member = true
          gold = true
          local = true
          birthday = true
        }
        If data.member {
          If data.gold {
            If data.local {
              If data.birthday {
                TextBody "Happy birthday: a free coffee on us!"
              }
            }
          }
        }
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen OFFER "Offer" {
        terminal
        data {
          member = true
          gold = true
          local = true
          birthday = true
        }
        If data.member {
          If data.gold {
            If data.local && data.birthday {
              TextBody "Happy birthday: a free coffee on us!"
            }
          }
        }
        Footer "OK" -> complete
      }
    `,
  },
  FLOW5013: {
    severity: 'error',
    title: 'Input outside the Form',
    meta: 'COMPONENTS_OUTSIDE_FORM',
    message: '{component} must be inside the Form: a screen with a Form keeps all its inputs in it',
    explanation: 'From Flow JSON 4.0 a Form is optional, but once a screen has one, every input of that screen belongs in it.',
    wrong: example`
      screen ADDRESS "Address" {
        terminal
        Form address {
          TextInput street "Street"
        }
        TextInput city "City"
        Footer "Send" -> complete { street: form.street, city: form.city }
      }
    `,
    fixed: example`
      screen ADDRESS "Address" {
        terminal
        Form address {
          TextInput street "Street"
          TextInput city "City"
        }
        Footer "Send" -> complete { street: form.street, city: form.city }
      }
    `,
  },
  FLOW5014: {
    severity: 'error',
    title: 'Footer only in some branches',
    meta: 'MISSING_FOOTER_IN_IF_ELSE_BRANCHES',
    message: '{where} has a Footer, so {other} needs one too',
    explanation: 'When a Footer sits inside an If, both branches need one (the screen always shows a button); in a Switch every case needs one. And a Footer inside an If or Switch rules out one outside it.',
    wrong: example`
      screen AGE "Your age" {
        terminal
        RadioButtonsGroup adult "Are you 18 or older?" { data-source { yes "Yes"; no "No" } }
        If form.adult == "yes" {
          Footer "Continue" -> complete { adult: true }
        }
      }
    `,
    fixed: example`
      screen AGE "Your age" {
        terminal
        RadioButtonsGroup adult "Are you 18 or older?" { data-source { yes "Yes"; no "No" } }
        If form.adult == "yes" {
          Footer "Continue" -> complete { adult: true }
        } else {
          Footer "Close" -> complete { adult: false }
        }
      }
    `,
  },
  FLOW5015: {
    severity: 'error',
    title: 'Component must be alone on its screen',
    meta: 'INVALID_COMPONENT_PLACEMENT',
    message: '{component} {rule}',
    explanation: 'RichText must be the only component on its screen (from 6.3 it may share it with a Footer). A NavigationList shares its screen with nothing but a Form wrapper, and never sits on a terminal screen.',
    wrong: example`
      screen TERMS "Terms" {
        terminal
        TextHeading "Our terms"
        RichText "# Terms\\nBy booking you accept our terms."
        Footer "I agree" -> complete
      }
    `,
    fixed: example`
      screen TERMS "Terms" {
        terminal
        RichText "# Our terms\\nBy booking you accept our terms."
        Footer "I agree" -> complete
      }
    `,
  },
  FLOW5030: {
    severity: 'error',
    title: 'Property without its partner',
    meta: 'INVALID_DEPENDENCIES',
    message: "{component} has '{present}' but no '{missing}': the two go together",
    explanation:
      "Some properties only work as a pair: a Footer's left-caption and right-caption are shown together, one on each side above the button. Meta rejects one without the other (\"Footer should have property left-caption when property right-caption is present.\"). For a single caption use center-caption.",
    wrong: example`
      screen CHECKOUT "Checkout" {
        terminal
        TextBody "2 × Margherita"
        Footer "Pay" { left-caption: "Total" } -> complete
      }
    `,
    fixed: example`
      screen CHECKOUT "Checkout" {
        terminal
        TextBody "2 × Margherita"
        Footer "Pay" { left-caption: "Total"; right-caption: "€19.00" } -> complete
      }
    `,
  },
  FLOW5031: {
    severity: 'error',
    title: 'Properties that exclude each other',
    meta: 'NOT_KEYWORD_SCHEMA_VALIDATION_FAILED',
    message: "'{name}' of {component} cannot be combined with {others}",
    help: "keep either '{name}' or {others}",
    explanation:
      "Some properties rule each other out: a Footer shows either one caption in the centre (center-caption) or one on each side (left-caption and right-caption), never both. Meta rejects the combination (\"Properties … must be present exclusively at Footer.\").",
    wrong: example`
      screen CHECKOUT "Checkout" {
        terminal
        TextBody "2 × Margherita"
        Footer "Pay" {
          left-caption: "Total"
          right-caption: "€19.00"
          center-caption: "Secure payment"
        } -> complete
      }
    `,
    fixed: example`
      screen CHECKOUT "Checkout" {
        terminal
        TextBody "2 × Margherita"
        Footer "Pay" {
          left-caption: "Total"
          right-caption: "€19.00"
        } -> complete
      }
    `,
  },
  FLOW5032: {
    severity: 'error',
    title: 'Property not allowed with this setting',
    meta: 'INVALID_ENUM_VALUE',
    message: "'{property}' works only with {condition} {values}; {component} has {found}",
    explanation:
      'Some properties apply only while another property has certain values. A TextInput `pattern` (from 6.2) is checked only for input-type text, number, password and passcode (text is the default); email and phone fields check their format themselves, and Meta rejects a pattern on them.',
    wrong: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Work email" {
          input-type: email
          pattern: "^[a-z.]+@example[.]com$"
          helper-text: "Your example.com address"
        }
        Footer "Send" -> complete { email: form.email }
      }
    `,
    fixed: example`
      screen CONTACT "Contact" {
        terminal
        TextInput email "Work email" {
          pattern: "^[a-z.]+@example[.]com$"
          helper-text: "Your example.com address"
        }
        Footer "Send" -> complete { email: form.email }
      }
    `,
  },
  FLOW5033: {
    severity: 'error',
    title: 'Property needs another property',
    meta: 'MISSING_REQUIRED_PROPERTY',
    message: "{component} has '{property}', so it needs '{missing}' too",
    explanation:
      'Some properties make another one required. A TextInput with a `pattern` needs a `helper-text`: the user sees only the helper text, not the regular expression, so it has to say what format the field expects.',
    wrong: example`
      screen MEMBER "Membership" {
        terminal
        TextInput member "Member number" { pattern: "^[0-9]{6}$" }
        Footer "Continue" -> complete { member: form.member }
      }
    `,
    fixed: example`
      screen MEMBER "Membership" {
        terminal
        TextInput member "Member number" {
          pattern: "^[0-9]{6}$"
          helper-text: "6 digits, on the back of your card"
        }
        Footer "Continue" -> complete { member: form.member }
      }
    `,
  },
  FLOW5034: {
    severity: 'error',
    title: 'Range-mode property in single mode',
    meta: 'INVALID_PROPERTY_NAME_FOR_CONDITION',
    message: "'{property}' applies only in range mode; {component} is in single mode",
    help: 'remove it, or set mode: range',
    explanation:
      "A CalendarPicker's title, description, min-days and max-days describe the sheet in which the user picks a start and an end date: they exist only with mode: range. In single mode (the default) Meta rejects them (\"Cannot set property 'x' when …\").",
    wrong: example`
      screen VISIT "Plan a visit" {
        terminal
        CalendarPicker day "Visit date" {
          title: "When are you coming?"
          min-date: "2026-01-01"
        }
        Footer "Book" -> complete { day: form.day }
      }
    `,
    fixed: example`
      screen VISIT "Plan a visit" {
        terminal
        CalendarPicker day "Visit date" {
          min-date: "2026-01-01"
        }
        Footer "Book" -> complete { day: form.day }
      }
    `,
  },
  FLOW5035: {
    severity: 'error',
    title: 'Value does not fit the CalendarPicker mode',
    meta: 'INVALID_TYPE',
    message: "in {mode} mode, '{property}' of {component} is {expected}, not {found}",
    explanation:
      'In range mode a CalendarPicker picks two dates, so its label, helper-text, required, init-value and error-message are objects with a value for each: { start-date: …, end-date: … } (label needs both keys, the others at least start-date). In single mode they are plain values and an object is wrong. When mode is a binding the compiler cannot tell and checks nothing.',
    wrong: example`
      screen STAY "Your stay" {
        terminal
        CalendarPicker stay "Dates of stay" { mode: range }
        Footer "Book" -> complete { stay: form.stay }
      }
    `,
    fixed: example`
      screen STAY "Your stay" {
        terminal
        CalendarPicker stay {
          mode: range
          label: { start-date: "Check-in", end-date: "Check-out" }
        }
        Footer "Book" -> complete { stay: form.stay }
      }
    `,
  },
  FLOW5036: {
    severity: 'error',
    title: 'Range-mode object misses a date',
    meta: 'MISSING_CALENDAR_PICKER_RANGE_MODE_PROP',
    message: "'{property}' of {component} needs '{key}' in range mode",
    help: 'add {key}: … to the object',
    explanation:
      "A range-mode CalendarPicker's label is an object with both start-date and end-date (one label for each field); helper-text, required, init-value and error-message need at least start-date.",
    wrong: example`
      screen STAY "Your stay" {
        terminal
        CalendarPicker stay {
          mode: range
          label: { start-date: "Check-in" }
        }
        Footer "Book" -> complete { stay: form.stay }
      }
    `,
    fixed: example`
      screen STAY "Your stay" {
        terminal
        CalendarPicker stay {
          mode: range
          label: { start-date: "Check-in", end-date: "Check-out" }
        }
        Footer "Book" -> complete { stay: form.stay }
      }
    `,
  },
  FLOW5037: {
    severity: 'error',
    title: 'Unknown key in a range-mode object',
    meta: 'UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP',
    message: "'{key}' is not a key of '{property}' in range mode: it takes {keys}",
    explanation: "A range-mode CalendarPicker's label, helper-text, required, init-value and error-message objects have two keys: start-date and end-date.",
    wrong: example`
      screen STAY "Your stay" {
        terminal
        CalendarPicker stay {
          mode: range
          label: { start-date: "Check-in", end-date: "Check-out" }
          helper-text: { start-date: "From 14:00", finish: "Until 11:00" }
        }
        Footer "Book" -> complete { stay: form.stay }
      }
    `,
    fixed: example`
      screen STAY "Your stay" {
        terminal
        CalendarPicker stay {
          mode: range
          label: { start-date: "Check-in", end-date: "Check-out" }
          helper-text: { start-date: "From 14:00", end-date: "Until 11:00" }
        }
        Footer "Book" -> complete { stay: form.stay }
      }
    `,
  },
  FLOW5038: {
    severity: 'error',
    title: 'init-value or error-message inside a Form',
    meta: 'INVALID_PROPERTY_KEY',
    message: "{component} is inside {form}, so it cannot have '{property}': use the Form's {formProperty}",
    explanation:
      "An input's own init-value and error-message exist only when it sits outside a Form (from 4.0). Inside a Form, the Form sets them for all its inputs with init-values and error-messages, objects keyed by input name.",
    wrong: example`
      screen ADDRESS "Address" {
        terminal
        Form address {
          TextInput city "City" { init-value: "Leeds" }
          Footer "Save" -> complete { city: form.city }
        }
      }
    `,
    fixed: example`
      screen ADDRESS "Address" {
        terminal
        Form address {
          init-values: { city: "Leeds" }
          TextInput city "City"
          Footer "Save" -> complete { city: form.city }
        }
      }
    `,
  },
  FLOW5039: {
    severity: 'error',
    title: 'Form value for an input that does not exist',
    message: "{property} sets '{name}', but screen '{screen}' has no input named '{name}'",
    help: 'use the name of an input on this screen',
    explanation:
      "A Form's init-values and error-messages are keyed by the names of the screen's inputs. From Flow JSON 7.0 Meta rejects an init-values key that names no input (\"The property 'x' is declared but not used in the init-values.\"); before 7.0, and in error-messages, the value is silently lost, so the compiler warns.",
    wrong: example`
      screen ADDRESS "Address" {
        terminal
        Form address {
          init-values: { town: "Leeds" }
          TextInput city "City"
          Footer "Save" -> complete { city: form.city }
        }
      }
    `,
    fixed: example`
      screen ADDRESS "Address" {
        terminal
        Form address {
          init-values: { city: "Leeds" }
          TextInput city "City"
          Footer "Save" -> complete { city: form.city }
        }
      }
    `,
  },
  FLOW5040: {
    severity: 'error',
    title: 'Picker in init-values',
    meta: 'NATIVE_COMPONENT_IN_FORM_INIT_VALUES',
    message: '{property} cannot set {component}: it takes no initial value',
    help: 'remove it from {property}',
    explanation:
      'PhotoPicker and DocumentPicker hand over files the user picks on the phone; nothing can preselect them, so a Form\'s init-values may not name them ("Property \'init-values\' should not contain value for components: […]").',
    wrong: example`
      screen CLAIM "Your claim" {
        terminal
        Form claim {
          init-values: { photos: [] }
          PhotoPicker photos "Photos of the damage" { max-uploaded-photos: 3 }
          Footer "Send" -> complete { photos: form.photos }
        }
      }
    `,
    fixed: example`
      screen CLAIM "Your claim" {
        terminal
        Form claim {
          PhotoPicker photos "Photos of the damage" { max-uploaded-photos: 3 }
          Footer "Send" -> complete { photos: form.photos }
        }
      }
    `,
  },
  FLOW5041: {
    severity: 'error',
    title: 'Action on the component and on its items',
    message: "'{action}' is set on {component} and on items of its {items}: set it on one level only",
    explanation:
      "An action slot that both a component and its items have runs either for the whole component or per item. Meta rejects both at once (\"The 'on-select-action' property cannot be used at both the component and data-source levels.\"); the same holds for on-unselect-action and for a NavigationList's on-click-action.",
    wrong: example`
      screen DELIVERY "Delivery" {
        terminal
        data {
          show_address = false
        }
        RadioButtonsGroup method "Delivery or pick-up?" {
          on-select-action: update_data { show_address: true }
          data-source {
            pickup "Pick up in store" { on-select-action: update_data { show_address: false } }
            delivery "Deliver to my address"
          }
        }
        TextInput address "Address" { visible: data.show_address }
        Footer "Continue" -> complete { method: form.method, address: form.address }
      }
    `,
    fixed: example`
      screen DELIVERY "Delivery" {
        terminal
        data {
          show_address = false
        }
        RadioButtonsGroup method "Delivery or pick-up?" {
          data-source {
            pickup "Pick up in store" { on-select-action: update_data { show_address: false } }
            delivery "Deliver to my address" { on-select-action: update_data { show_address: true } }
          }
        }
        TextInput address "Address" { visible: data.show_address }
        Footer "Continue" -> complete { method: form.method, address: form.address }
      }
    `,
  },
  FLOW5042: {
    severity: 'error',
    title: 'Minimum above maximum',
    meta: 'MIN_VALUE_GREATER_THAN_MAX',
    message: "'{min}' ({minValue}) cannot be greater than '{max}' ({maxValue}) for {component}",
    explanation:
      'A min-x/max-x pair (min-chars and max-chars, min-selected-items and max-selected-items, min-uploaded-photos and max-uploaded-photos, …) describes a range: the minimum cannot be above the maximum, or no answer could ever be valid.',
    wrong: example`
      screen LOGIN "Sign in" {
        terminal
        TextInput pin "PIN" { input-type: passcode; min-chars: 6; max-chars: 4 }
        Footer "Sign in" -> complete { pin: form.pin }
      }
    `,
    fixed: example`
      screen LOGIN "Sign in" {
        terminal
        TextInput pin "PIN" { input-type: passcode; min-chars: 4; max-chars: 6 }
        Footer "Sign in" -> complete { pin: form.pin }
      }
    `,
  },
  FLOW5043: {
    severity: 'error',
    title: 'min-days above max-days',
    meta: 'INVALID_MIN_MAX_DAYS',
    message: "'{min}' ({minValue}) cannot be greater than '{max}' ({maxValue}) for {component}",
    explanation: "A range-mode CalendarPicker's min-days and max-days bound the length of the range the user picks: min-days cannot be above max-days.",
    wrong: example`
      screen STAY "Your stay" {
        terminal
        CalendarPicker stay {
          mode: range
          label: { start-date: "Check-in", end-date: "Check-out" }
          min-days: 7
          max-days: 3
        }
        Footer "Book" -> complete { stay: form.stay }
      }
    `,
    fixed: example`
      screen STAY "Your stay" {
        terminal
        CalendarPicker stay {
          mode: range
          label: { start-date: "Check-in", end-date: "Check-out" }
          min-days: 3
          max-days: 7
        }
        Footer "Book" -> complete { stay: form.stay }
      }
    `,
  },
  FLOW5044: {
    severity: 'error',
    title: 'Options mix images and colours',
    meta: 'DATA_SOURCE_ITEMS_HAVE_BOTH_IMAGE_AND_COLOR',
    message: "the items of '{property}' of {owner} mix '{a}' and '{b}': use one of them for all items",
    explanation:
      'The options of a CheckboxGroup, RadioButtonsGroup or Dropdown (from 5.0) may show a picture (image) or a colour swatch (color), but one list uses one kind: Meta rejects a list in which some options have an image and others a colour.',
    wrong: example`
      screen COLOUR "Pick a colour" {
        terminal
        RadioButtonsGroup colour "Colour" {
          data-source {
            red "Red" { color: "#FF0000" }
            blue "Blue" { color: "#0000FF" }
            striped "Striped" {
              image: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC"
              alt-text: "Blue and white stripes"
            }
          }
        }
        Footer "Order" -> complete { colour: form.colour }
      }
    `,
    fixed: example`
      screen COLOUR "Pick a colour" {
        terminal
        RadioButtonsGroup colour "Colour" {
          data-source {
            red "Red" { color: "#FF0000" }
            blue "Blue" { color: "#0000FF" }
            striped "Striped" { color: "#8080FF" }
          }
        }
        Footer "Order" -> complete { colour: form.colour }
      }
    `,
  },
  FLOW5045: {
    severity: 'error',
    title: 'NavigationList row without an action',
    meta: 'MISSING_REQUIRED_PROPERTY',
    message: "{where} needs '{action}': {why}",
    explanation:
      'A NavigationList row leads somewhere when tapped: either the list has one on-click-action for all rows (written with -> after the list), or every row has its own. A row without one, when the list has none either, would do nothing.',
    wrong: example`
      screen HELP "Help centre" {
        NavigationList topic "How can we help?" {
          list-items {
            delivery {
              main-content: { title: "Where is my order?" }
              on-click-action: navigate ANSWER { answer: "Follow the link in your shipping email." }
            }
            returns {
              main-content: { title: "Return an item" }
            }
          }
        }
      }

      screen ANSWER "Answer" {
        terminal
        data {
          answer = "Follow the link in your shipping email."
        }
        TextBody data.answer
        Footer "Thanks" -> complete
      }
    `,
    fixed: example`
      screen HELP "Help centre" {
        NavigationList topic "How can we help?" {
          list-items {
            delivery {
              main-content: { title: "Where is my order?" }
              on-click-action: navigate ANSWER { answer: "Follow the link in your shipping email." }
            }
            returns {
              main-content: { title: "Return an item" }
              on-click-action: navigate ANSWER { answer: "Reply RETURN and we send you a label." }
            }
          }
        }
      }

      screen ANSWER "Answer" {
        terminal
        data {
          answer = "Follow the link in your shipping email."
        }
        TextBody data.answer
        Footer "Thanks" -> complete
      }
    `,
  },
  FLOW5046: {
    severity: 'error',
    title: 'Wrong number of fields in an object',
    meta: 'DUPLICATE_PROPETY_FOR_CONDITION',
    message: "'{property}' of {owner} has {count} of {fields}; it takes {range}",
    explanation:
      "Some object properties hold a choice of optional fields: the `end` add-on of a NavigationList row shows one or two of title, description and metadata, not none and not all three. (Meta's code for this really is spelled PROPETY.)",
    wrong: example`
      screen PLANS "Choose a plan" {
        NavigationList plan "Our plans" {
          list-items {
            basic {
              main-content: { title: "Basic" }
              end: { title: "€5", description: "per month", metadata: "incl. VAT" }
            }
          }
        } -> navigate DONE { plan: "basic" }
      }

      screen DONE "Thank you" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Your plan: \${data.plan}"
        Footer "Finish" -> complete { plan: data.plan }
      }
    `,
    fixed: example`
      screen PLANS "Choose a plan" {
        NavigationList plan "Our plans" {
          list-items {
            basic {
              main-content: { title: "Basic" }
              end: { title: "€5", description: "per month" }
            }
          }
        } -> navigate DONE { plan: "basic" }
      }

      screen DONE "Thank you" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Your plan: \${data.plan}"
        Footer "Finish" -> complete { plan: data.plan }
      }
    `,
  },
  FLOW5047: {
    severity: 'error',
    title: 'Item property ruled out by the component',
    meta: 'INVALID_PROPERTY_VALUE_FOR_CONDITION',
    message: "{item} of {owner} has '{property}', which is not allowed with {condition}",
    explanation:
      "Some item properties depend on the component's settings: with media-size large a NavigationList's start images take the room of the `end` add-on, so no row may have one.",
    wrong: example`
      screen PLANS "Choose a plan" {
        NavigationList plan "Our plans" {
          media-size: large
          list-items {
            basic {
              main-content: { title: "Basic" }
              end: { title: "€5" }
            }
          }
        } -> navigate DONE { plan: "basic" }
      }

      screen DONE "Thank you" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Your plan: \${data.plan}"
        Footer "Finish" -> complete { plan: data.plan }
      }
    `,
    fixed: example`
      screen PLANS "Choose a plan" {
        NavigationList plan "Our plans" {
          list-items {
            basic {
              main-content: { title: "Basic" }
              end: { title: "€5" }
            }
          }
        } -> navigate DONE { plan: "basic" }
      }

      screen DONE "Thank you" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Your plan: \${data.plan}"
        Footer "Finish" -> complete { plan: data.plan }
      }
    `,
  },
  FLOW5048: {
    severity: 'error',
    title: 'Too many items with a property',
    meta: 'MAX_ITEMS_REQUIRED',
    message: "{count} items of {owner} have '{property}'; at most {max} {items} may",
    explanation: 'A badge highlights one row of a NavigationList, so at most one row of a list may have one.',
    wrong: example`
      screen PLANS "Choose a plan" {
        NavigationList plan "Our plans" {
          list-items {
            basic { main-content: { title: "Basic" }; badge: "New" }
            plus { main-content: { title: "Plus" }; badge: "Popular" }
          }
        } -> navigate DONE { plan: "basic" }
      }

      screen DONE "Thank you" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Your plan: \${data.plan}"
        Footer "Finish" -> complete { plan: data.plan }
      }
    `,
    fixed: example`
      screen PLANS "Choose a plan" {
        NavigationList plan "Our plans" {
          list-items {
            basic { main-content: { title: "Basic" } }
            plus { main-content: { title: "Plus" }; badge: "Popular" }
          }
        } -> navigate DONE { plan: "basic" }
      }

      screen DONE "Thank you" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Your plan: \${data.plan}"
        Footer "Finish" -> complete { plan: data.plan }
      }
    `,
  },
  FLOW5049: {
    severity: 'error',
    title: 'Switch without cases',
    meta: 'EMPTY_SWITCH_CASES',
    message: 'this Switch has no cases',
    help: 'add a case: case value { … }, or remove the Switch',
    explanation: "A Switch shows the components of the case whose key equals its value; Meta rejects a Switch whose cases are empty (\"The 'cases' property of a Switch component cannot be empty.\").",
    wrong: example`
      screen PLAN "Your plan" {
        terminal
        data {
          plan = "basic"
        }
        Switch data.plan {
        }
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen PLAN "Your plan" {
        terminal
        data {
          plan = "basic"
        }
        Switch data.plan {
          case basic { TextBody "Basic plan" }
          case pro { TextBody "Pro plan" }
        }
        Footer "OK" -> complete
      }
    `,
  },
  FLOW5050: {
    severity: 'error',
    title: 'Invalid Switch case key',
    message: "'{key}' cannot be a case key: a key starts with a letter and holds only letters, digits, '-' and '_'",
    explanation:
      "Meta accepts case keys that match ^[a-zA-Z][a-zA-Z0-9-_]*$. A value such as \"12 months\" or \"1\" cannot be a case: switch on a value that is a word, for example the id of an option.",
    wrong: example`
      screen TERM "Contract" {
        terminal
        RadioButtonsGroup term "Contract length" {
          data-source {
            "12_months" "12 months"
            "24_months" "24 months"
          }
        }
        Switch form.term {
          case "12_months" { TextCaption "Cancel any time after a year." }
          case "24_months" { TextCaption "The best price per month." }
        }
        Footer "Continue" -> complete { term: form.term }
      }
    `,
    fixed: example`
      screen TERM "Contract" {
        terminal
        RadioButtonsGroup term "Contract length" {
          data-source {
            months_12 "12 months"
            months_24 "24 months"
          }
        }
        Switch form.term {
          case months_12 { TextCaption "Cancel any time after a year." }
          case months_24 { TextCaption "The best price per month." }
        }
        Footer "Continue" -> complete { term: form.term }
      }
    `,
  },
  FLOW5051: {
    severity: 'error',
    title: 'Duplicate Switch case',
    message: "case '{key}' appears twice in this Switch",
    help: 'merge the two cases, or give one another key',
    explanation: "A Switch's cases are the keys of a JSON object, so each key appears once; a second case with the same key would silently replace the first.",
    wrong: example`
      screen PLAN "Your plan" {
        terminal
        data {
          plan = "basic"
        }
        Switch data.plan {
          case basic { TextBody "Basic plan" }
          case basic { TextBody "Pro plan" }
        }
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen PLAN "Your plan" {
        terminal
        data {
          plan = "basic"
        }
        Switch data.plan {
          case basic { TextBody "Basic plan" }
          case pro { TextBody "Pro plan" }
        }
        Footer "OK" -> complete
      }
    `,
  },
  FLOW5052: {
    severity: 'error',
    title: 'If without components',
    meta: 'INVALID_PROPERTY_VALUE',
    message: 'this If shows nothing when its condition holds: its block has no component',
    explanation: 'The then branch of an If (its first block) holds at least one component; Meta rejects an empty one ("Expected array to contain at least one component."). To show something only when a condition does not hold, negate the condition.',
    wrong: example`
      screen PLAN "Your plan" {
        terminal
        data {
          is_member = true
        }
        If data.is_member {
        } else {
          TextBody "Join to get 10% off."
        }
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      screen PLAN "Your plan" {
        terminal
        data {
          is_member = true
        }
        If !data.is_member {
          TextBody "Join to get 10% off."
        }
        Footer "OK" -> complete
      }
    `,
  },
  FLOW5053: {
    severity: 'error',
    title: 'Empty text',
    meta: 'MIN_CHARS_REQUIRED',
    message: '{what} of {owner} is empty',
    explanation: 'From Flow JSON 6.0 the strings of a component cannot be empty (screen titles from 5.0): write the text, or leave an optional property out.',
    wrong: example`
      screen NAME "Your name" {
        terminal
        TextInput name ""
        Footer "Continue" -> complete { name: form.name }
      }
    `,
    fixed: example`
      screen NAME "Your name" {
        terminal
        TextInput name "Full name"
        Footer "Continue" -> complete { name: form.name }
      }
    `,
  },
  FLOW5054: {
    severity: 'error',
    title: 'Blank text',
    meta: 'PATTERN_MISMATCH',
    message: '{what} of {owner} is blank: it holds only white space',
    explanation: 'From Flow JSON 6.0 the strings of a component cannot be blank (only spaces, tabs or line breaks), as the client would show nothing; screen titles from 5.0 ("… should not be blank or an empty string.").',
    wrong: example`
      screen NAME "Your name" {
        terminal
        TextInput name "Full name" { helper-text: "   " }
        Footer "Continue" -> complete { name: form.name }
      }
    `,
    fixed: example`
      screen NAME "Your name" {
        terminal
        TextInput name "Full name" { helper-text: "As in your passport" }
        Footer "Continue" -> complete { name: form.name }
      }
    `,
  },
  FLOW5055: {
    severity: 'error',
    title: 'Form value of the wrong type',
    meta: 'INVALID_PROPERTY_TYPE',
    message: "{property} gives '{name}' {found}, but {component} takes {expected}",
    explanation:
      "From Flow JSON 7.0 Meta checks each value of a Form's init-values and error-messages against the input it sets: a list of ids for CheckboxGroup and ChipsSelector, true or false for OptIn, a number for a TextInput with input-type number or passcode, a { start-date, end-date } object for a range-mode CalendarPicker, and a string for the others.",
    wrong: example`
      screen BOOK "Book a table" {
        terminal
        Form booking {
          init-values: { guests: "2" }
          TextInput guests "Guests" { input-type: number }
          Footer "Book" -> complete { guests: form.guests }
        }
      }
    `,
    fixed: example`
      screen BOOK "Book a table" {
        terminal
        Form booking {
          init-values: { guests: 2 }
          TextInput guests "Guests" { input-type: number }
          Footer "Book" -> complete { guests: form.guests }
        }
      }
    `,
  },

  // ── FLOW6xxx: limits ────────────────────────────────────────────────────────────────────────────
  FLOW6001: {
    severity: 'error',
    title: 'Too many screens',
    meta: 'MAX_SCREENS_NUMBER',
    message: 'the Flow has {count} screens; the {profile} limit is {max}',
    help: 'split the Flow, or set limits "meta" in the flow header for Meta\'s limit of 100',
    explanation: 'By default a Flow may have at most 8 screens (the platform limit of our users). `limits "meta"` in the flow header (or --limits meta) switches to Meta\'s documented 100.',
    wrong: example`
      screen SA "Step 1" { Footer "Next" -> navigate SB }
      screen SB "Step 2" { Footer "Next" -> navigate SC }
      screen SC "Step 3" { Footer "Next" -> navigate SD }
      screen SD "Step 4" { Footer "Next" -> navigate SE }
      screen SE "Step 5" { Footer "Next" -> navigate SF }
      screen SF "Step 6" { Footer "Next" -> navigate SG }
      screen SG "Step 7" { Footer "Next" -> navigate SH }
      screen SH "Step 8" { Footer "Next" -> navigate SI }
      screen SI "Done" {
        terminal
        Footer "Finish" -> complete
      }
    `,
    fixed: example`
      flow { limits "meta" }

      screen SA "Step 1" { Footer "Next" -> navigate SB }
      screen SB "Step 2" { Footer "Next" -> navigate SC }
      screen SC "Step 3" { Footer "Next" -> navigate SD }
      screen SD "Step 4" { Footer "Next" -> navigate SE }
      screen SE "Step 5" { Footer "Next" -> navigate SF }
      screen SF "Step 6" { Footer "Next" -> navigate SG }
      screen SG "Step 7" { Footer "Next" -> navigate SH }
      screen SH "Step 8" { Footer "Next" -> navigate SI }
      screen SI "Done" {
        terminal
        Footer "Finish" -> complete
      }
    `,
  },
  FLOW6002: {
    severity: 'error',
    title: 'Too many components on a screen',
    meta: 'MAX_ALLOWED_COMPONENTS_PER_SCREEN',
    message: "screen '{id}' has {count} components; the {profile} limit is {max}",
    help: 'move some components to another screen, or set limits "meta" for Meta\'s limit of 50',
    explanation: 'Components are counted the way Meta\'s validator counts them: every component at every depth, every If branch and Switch case, the If and Switch themselves, Form wrappers excluded. The default limit is 30 per screen; `limits "meta"` switches to Meta\'s 50.',
    wrong: example`
      screen MENU "Menu" {
        terminal
        TextHeading "Today's menu"
        TextBody "Dish 1"
        TextBody "Dish 2"
        TextBody "Dish 3"
        TextBody "Dish 4"
        TextBody "Dish 5"
        TextBody "Dish 6"
        TextBody "Dish 7"
        TextBody "Dish 8"
        TextBody "Dish 9"
        TextBody "Dish 10"
        TextBody "Dish 11"
        TextBody "Dish 12"
        TextBody "Dish 13"
        TextBody "Dish 14"
        TextBody "Dish 15"
        TextBody "Dish 16"
        TextBody "Dish 17"
        TextBody "Dish 18"
        TextBody "Dish 19"
        TextBody "Dish 20"
        TextBody "Dish 21"
        TextBody "Dish 22"
        TextBody "Dish 23"
        TextBody "Dish 24"
        TextBody "Dish 25"
        TextBody "Dish 26"
        TextBody "Dish 27"
        TextBody "Dish 28"
        TextBody "Dish 29"
        Footer "Order" -> complete
      }
    `,
    fixed: example`
      flow { limits "meta" }

      screen MENU "Menu" {
        terminal
        TextHeading "Today's menu"
        TextBody "Dish 1"
        TextBody "Dish 2"
        TextBody "Dish 3"
        TextBody "Dish 4"
        TextBody "Dish 5"
        TextBody "Dish 6"
        TextBody "Dish 7"
        TextBody "Dish 8"
        TextBody "Dish 9"
        TextBody "Dish 10"
        TextBody "Dish 11"
        TextBody "Dish 12"
        TextBody "Dish 13"
        TextBody "Dish 14"
        TextBody "Dish 15"
        TextBody "Dish 16"
        TextBody "Dish 17"
        TextBody "Dish 18"
        TextBody "Dish 19"
        TextBody "Dish 20"
        TextBody "Dish 21"
        TextBody "Dish 22"
        TextBody "Dish 23"
        TextBody "Dish 24"
        TextBody "Dish 25"
        TextBody "Dish 26"
        TextBody "Dish 27"
        TextBody "Dish 28"
        TextBody "Dish 29"
        Footer "Order" -> complete
      }
    `,
  },
  FLOW6003: {
    severity: 'error',
    title: 'Too many components of one type',
    meta: 'COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN',
    message: "screen '{id}' has {count} {component} components; at most {max} are allowed",
    explanation: 'Meta caps some components per screen: Footer 1, EmbeddedLink 2, Image 3, OptIn 5, PhotoPicker and DocumentPicker 1 together, NavigationList 2, ImageCarousel 2, Form 1 (7.0+). An If counts its larger branch, a Switch its largest case.',
    wrong: example`
      screen DONE "Done" {
        terminal
        Footer "Yes" -> complete { answer: "yes" }
        Footer "No" -> complete { answer: "no" }
      }
    `,
    fixed: example`
      screen DONE "Done" {
        terminal
        RadioButtonsGroup answer "Your answer" { data-source { yes "Yes"; no "No" } }
        Footer "Send" -> complete { answer: form.answer }
      }
    `,
  },
  FLOW6004: {
    severity: 'error',
    title: 'Too many of one component in the Flow',
    meta: 'INVALID_PROPERTY_VALUE',
    message: 'the Flow has {count} {component} components; at most {max} are allowed',
    explanation: 'Meta allows at most 3 ImageCarousel components in a whole Flow.',
    wrong: example`
      screen ROOMS "Rooms" {
        ImageCarousel { images: [{ src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC", alt-text: "Single room" }] }
        ImageCarousel { images: [{ src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC", alt-text: "Double room" }] }
        Footer "Next" -> navigate EXTRAS
      }

      screen EXTRAS "Extras" {
        terminal
        ImageCarousel { images: [{ src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC", alt-text: "Spa" }] }
        ImageCarousel { images: [{ src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC", alt-text: "Pool" }] }
        Footer "Book" -> complete
      }
    `,
    fixed: example`
      screen ROOMS "Rooms" {
        ImageCarousel {
          images: [{ src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC", alt-text: "Single room" }, { src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC", alt-text: "Double room" }]
        }
        Footer "Next" -> navigate EXTRAS
      }

      screen EXTRAS "Extras" {
        terminal
        ImageCarousel { images: [{ src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC", alt-text: "Spa" }, { src: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC", alt-text: "Pool" }] }
        Footer "Book" -> complete
      }
    `,
  },
  FLOW6010: {
    severity: 'error',
    title: 'Number below its minimum',
    meta: 'MINIMUM_VALUE_REQUIRED',
    message: "'{property}' of {owner} is {value}; the smallest allowed is {bound}",
    explanation:
      "Some numbers have bounds in Meta's schema: a CheckboxGroup's max-selected-items is at least 2 (for one choice use a RadioButtonsGroup), max-file-size-kb at least 1, max-uploaded-photos and max-uploaded-documents at least 1, min-selected-items and the min-uploaded counts at least 0.",
    wrong: example`
      screen EXTRAS "Extras" {
        terminal
        CheckboxGroup extras "Pick one extra" {
          max-selected-items: 1
          data-source {
            oat "Oat milk"
            shot "Extra shot"
          }
        }
        Footer "Save" -> complete { extras: form.extras }
      }
    `,
    fixed: example`
      screen EXTRAS "Extras" {
        terminal
        RadioButtonsGroup extras "Pick one extra" {
          data-source {
            oat "Oat milk"
            shot "Extra shot"
          }
        }
        Footer "Save" -> complete { extras: form.extras }
      }
    `,
  },
  FLOW6011: {
    severity: 'error',
    title: 'Number above its maximum',
    meta: 'MAXIMUM_VALUE_REQUIRED',
    message: "'{property}' of {owner} is {value}; the largest allowed is {bound}",
    explanation: "Some numbers have bounds in Meta's schema: max-file-size-kb is at most 25600 (25 MB), the uploaded photo and document counts at most 30.",
    wrong: example`
      screen RECEIPT "Receipt" {
        terminal
        DocumentPicker receipt "Receipt" { max-file-size-kb: 30000; max-uploaded-documents: 1 }
        Footer "Send" -> complete { receipt: form.receipt }
      }
    `,
    fixed: example`
      screen RECEIPT "Receipt" {
        terminal
        DocumentPicker receipt "Receipt" { max-file-size-kb: 25600; max-uploaded-documents: 1 }
        Footer "Send" -> complete { receipt: form.receipt }
      }
    `,
  },
  FLOW6012: {
    severity: 'error',
    title: 'Too few items',
    meta: 'MIN_ITEMS_REQUIRED',
    message: "'{property}' of {owner} has {count} {noun}; it needs at least {min}",
    explanation:
      'Lists written out have at least as many items as Meta requires: one option for CheckboxGroup, RadioButtonsGroup and Dropdown, two chips for ChipsSelector, one NavigationList row, one carousel image, one tag. (A list bound to data.x is not counted: its items arrive at run time.)',
    wrong: example`
      screen DIET "Dietary needs" {
        terminal
        ChipsSelector diet "Dietary needs" {
          data-source {
            vegan "Vegan"
          }
        }
        Footer "Save" -> complete { diet: form.diet }
      }
    `,
    fixed: example`
      screen DIET "Dietary needs" {
        terminal
        ChipsSelector diet "Dietary needs" {
          data-source {
            vegan "Vegan"
            gluten_free "Gluten-free"
          }
        }
        Footer "Save" -> complete { diet: form.diet }
      }
    `,
  },
  FLOW6013: {
    severity: 'error',
    title: 'Too many items',
    meta: 'MAX_ITEMS_REQUIRED',
    message: "'{property}' of {owner} has {count} {noun}; at most {max} are allowed{because}",
    explanation:
      'Lists written out have at most as many items as Meta allows: 20 options for CheckboxGroup and RadioButtonsGroup, 200 for Dropdown (100 when an option has an image), 20 chips, 20 NavigationList rows, 3 carousel images, 3 tags on a row. (A list bound to data.x is not counted.)',
    wrong: example`
      screen PLANS "Choose a plan" {
        NavigationList plan "Our plans" {
          list-items {
            basic {
              main-content: { title: "Basic" }
              tags: ["Cheap", "Simple", "Monthly", "No contract"]
            }
          }
        } -> navigate DONE { plan: "basic" }
      }

      screen DONE "Thank you" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Your plan: \${data.plan}"
        Footer "Finish" -> complete { plan: data.plan }
      }
    `,
    fixed: example`
      screen PLANS "Choose a plan" {
        NavigationList plan "Our plans" {
          list-items {
            basic {
              main-content: { title: "Basic" }
              tags: ["Cheap", "Monthly", "No contract"]
            }
          }
        } -> navigate DONE { plan: "basic" }
      }

      screen DONE "Thank you" {
        terminal
        data {
          plan = "basic"
        }
        TextBody "Your plan: \${data.plan}"
        Footer "Finish" -> complete { plan: data.plan }
      }
    `,
  },
  FLOW6014: {
    severity: 'warning',
    title: 'Text longer than WhatsApp shows',
    message: "'{property}' of {owner} is {count} characters long; WhatsApp shows at most {max}",
    help: 'shorten it: the WhatsApp client cuts off the rest',
    explanation:
      "Meta documents a maximum length for most texts (a TextInput label 20 characters, a Footer label 35, an option title 30, …; docs/components.md lists them). Its validator lets longer texts through, but the WhatsApp client truncates them, so the user may not see the end. Only texts written out in full are measured.",
    wrong: example`
      screen APPLY "Application" {
        terminal
        TextInput name "Your full name as in your passport"
        Footer "Send" -> complete { name: form.name }
      }
    `,
    fixed: example`
      screen APPLY "Application" {
        terminal
        TextInput name "Full name" { helper-text: "As in your passport" }
        Footer "Send" -> complete { name: form.name }
      }
    `,
  },

  // ── FLOW7xxx: versions ──────────────────────────────────────────────────────────────────────────
  FLOW7001: {
    severity: 'error',
    title: 'Unknown Flow JSON version',
    meta: 'INVALID_FLOW_JSON_VERSION',
    message: "'{version}' is not a Flow JSON version",
    help: 'use one of {versions}',
    explanation: 'The flow header names the Flow JSON version to generate; it must be one Meta has released.',
    wrong: example`
      flow { version "7.9" }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      flow { version "7.3" }

      screen DONE "Done" {
        terminal
        Footer "Close" -> complete
      }
    `,
  },
  FLOW7002: {
    severity: 'error',
    title: 'Component needs a newer version',
    message: '{component} needs Flow JSON {since} or later; this flow targets {version}',
    help: 'raise the version in the flow header: version "{since}"',
    explanation: 'Each component arrived in some Flow JSON version; older versions reject it.',
    wrong: example`
      flow { version "6.2" }

      screen DIET "Dietary needs" {
        terminal
        ChipsSelector diet "Pick all that apply" { data-source { vegan "Vegan"; nut_free "Nut-free" } }
        Footer "Save" -> complete { diet: form.diet }
      }
    `,
    fixed: example`
      flow { version "6.3" }

      screen DIET "Dietary needs" {
        terminal
        ChipsSelector diet "Pick all that apply" { data-source { vegan "Vegan"; nut_free "Nut-free" } }
        Footer "Save" -> complete { diet: form.diet }
      }
    `,
  },
  FLOW7003: {
    severity: 'error',
    title: 'Property needs a newer version',
    message: "'{name}' of {component} needs Flow JSON {since} or later; this flow targets {version}",
    help: 'raise the version in the flow header: version "{since}"',
    explanation: 'Each property arrived in some Flow JSON version; older versions reject it.',
    wrong: example`
      flow { version "6.3" }

      screen NAME "Your name" {
        terminal
        TextInput name "Full name" { label-variant: large }
        Footer "Save" -> complete { name: form.name }
      }
    `,
    fixed: example`
      flow { version "7.0" }

      screen NAME "Your name" {
        terminal
        TextInput name "Full name" { label-variant: large }
        Footer "Save" -> complete { name: form.name }
      }
    `,
  },
  FLOW7004: {
    severity: 'error',
    title: 'Expression needs Flow JSON 6.0',
    message: '{what} needs Flow JSON 6.0 or later (it compiles to a backtick expression); this flow targets {version}',
    explanation: 'Text mixed with ${…} references, arithmetic and comparisons outside If conditions compile to Meta\'s backtick expressions, which exist from Flow JSON 6.0.',
    wrong: example`
      flow { version "5.1" }

      screen HELLO "Hello" {
        terminal
        data {
          name = "Jane"
        }
        TextHeading "Hello, \${data.name}!"
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      flow { version "6.0" }

      screen HELLO "Hello" {
        terminal
        data {
          name = "Jane"
        }
        TextHeading "Hello, \${data.name}!"
        Footer "OK" -> complete
      }
    `,
  },
  FLOW7005: {
    severity: 'error',
    title: 'Feature needs a newer version',
    message: '{what} needs Flow JSON {since} or later; this flow targets {version}',
    help: 'raise the version in the flow header: version "{since}"',
    explanation: 'The feature arrived in a later Flow JSON version.',
    wrong: example`
      flow { version "5.1" }

      screen DELIVERY "Delivery" {
        terminal
        data {
          show_address = false
        }
        Dropdown method "Delivery or pick-up?" {
          data-source { pickup "Pick up"; delivery "Deliver" }
          on-select-action: update_data { show_address: true }
        }
        TextInput address "Address" { visible: data.show_address }
        Footer "Next" -> complete { method: form.method, address: form.address }
      }
    `,
    fixed: example`
      flow { version "6.0" }

      screen DELIVERY "Delivery" {
        terminal
        data {
          show_address = false
        }
        Dropdown method "Delivery or pick-up?" {
          data-source { pickup "Pick up"; delivery "Deliver" }
          on-select-action: update_data { show_address: true }
        }
        TextInput address "Address" { visible: data.show_address }
        Footer "Next" -> complete { method: form.method, address: form.address }
      }
    `,
  },
  FLOW7006: {
    severity: 'warning',
    title: 'Frozen Flow JSON version',
    meta: 'UNSUPPORTED_FLOW_JSON_VERSION',
    message: 'Flow JSON {version} is frozen: Meta no longer publishes new Flows or updates of this version',
    help: 'raise the version: version "{latest}" in the flow header, then check the Flow again',
    explanation:
      "Meta froze Flow JSON 2.1, 3.0, 3.1 and 4.0 in April 2025 and 5.0 in September 2025: Flows already published at these versions are still sent and opened, but a new Flow or an update of one cannot be published, and Meta's Flow Builder validates only 5.1 and later. Move the Flow to a current version when you next change it.",
    wrong: example`
      flow welcome { version "4.0" }

      screen WELCOME "Welcome" {
        terminal
        TextBody "Hello and welcome"
        Footer "OK" -> complete
      }
    `,
    fixed: example`
      flow welcome { version "7.3" }

      screen WELCOME "Welcome" {
        terminal
        TextBody "Hello and welcome"
        Footer "OK" -> complete
      }
    `,
  },
  // ── FLOW8xxx: beyond Meta ───────────────────────────────────────────────────────────────────────
  // Warnings about Flows Meta accepts but that lose answers or strand users. They run only on a flow
  // without errors (on a broken flow they would mostly repeat the errors).
  FLOW8001: {
    severity: 'warning',
    title: 'Unreachable screen',
    message: "screen '{id}' cannot be reached from the entry screen '{entry}'",
    help: "navigate to '{id}' from a screen the user passes through (or list it in `routes`), or remove it",
    explanation:
      'The Flow starts on its first screen and moves on through navigate actions and `routes`. Meta only checks that the screens are connected in either direction, so a screen that leads into the Flow but that no path from the first screen reaches passes its validator, and no user ever sees it. (A message can open a Flow on another screen: if yours does, put that screen first.)',
    wrong: example`
      screen WELCOME "Welcome" {
        TextBody "Let's get started."
        Footer "Start" -> navigate DONE
      }

      screen PROMO "Spring offer" {
        TextBody "20% off everything until Sunday."
        Footer "Continue" -> navigate DONE
      }

      screen DONE "Thank you" {
        terminal
        TextBody "See you soon."
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen WELCOME "Welcome" {
        TextBody "Let's get started."
        Footer "Start" -> navigate PROMO
      }

      screen PROMO "Spring offer" {
        TextBody "20% off everything until Sunday."
        Footer "Continue" -> navigate DONE
      }

      screen DONE "Thank you" {
        terminal
        TextBody "See you soon."
        Footer "Close" -> complete
      }
    `,
  },
  FLOW8002: {
    severity: 'warning',
    title: 'Unused data field',
    message: "data field '{name}' of screen '{screen}' is never used",
    help: "show or send it (data.{name}, or screen.{screen}.data.{name} on another screen), or remove it and the values sent for it",
    explanation:
      "Nothing reads the field: no data.x on its screen, no screen.S.data.x on another. Meta accepts it, but whatever fills it (the message that opens the Flow, a navigate payload, the endpoint) does so for nothing; often the field was meant to be shown. In an endpoint Flow a field named error_message is exempt: WhatsApp shows it as a snackbar.",
    wrong: example`
      screen CART "Your cart" {
        TextBody "1 × Margherita"
        Footer "Checkout" -> navigate PAY { total: "€9.50", currency: "EUR" }
      }

      screen PAY "Payment" {
        terminal
        data {
          total = "€9.50"
          currency = "EUR"
        }
        TextHeading "To pay: \${data.total}"
        Footer "Pay" -> complete
      }
    `,
    fixed: example`
      screen CART "Your cart" {
        TextBody "1 × Margherita"
        Footer "Checkout" -> navigate PAY { total: "€9.50" }
      }

      screen PAY "Payment" {
        terminal
        data {
          total = "€9.50"
        }
        TextHeading "To pay: \${data.total}"
        Footer "Pay" -> complete
      }
    `,
  },
  FLOW8003: {
    severity: 'warning',
    title: 'Answer never sent',
    message: "the answer to '{name}' on screen '{screen}' is never sent",
    help: "add {name}: form.{name} to a complete or data_exchange payload (on a later screen: screen.{screen}.form.{name}), or remove the input",
    explanation:
      "An input's value stays on the phone unless an action sends it: a complete payload (it arrives in the webhook), a data_exchange payload (the endpoint gets it), or a navigate or update_data payload into a data field that is itself sent. Meta accepts an input whose value goes nowhere, but the user's answer is lost when the Flow ends. An answer read by an If or Switch that chooses between actions, or by the visible, enabled or required of an input or a button, counts as used; a required OptIn is always true and is exempt. Inputs in a Form, an If or a Switch count the same.",
    wrong: example`
      screen SIGN_UP "Sign up" {
        terminal
        TextInput name "Your name" { required }
        TextInput email "Email" { input-type: email }
        Footer "Sign up" -> complete { name: form.name }
      }
    `,
    fixed: example`
      screen SIGN_UP "Sign up" {
        terminal
        TextInput name "Your name" { required }
        TextInput email "Email" { input-type: email }
        Footer "Sign up" -> complete { name: form.name, email: form.email }
      }
    `,
  },
  FLOW8004: {
    severity: 'warning',
    title: 'Screen cannot finish the Flow',
    message: "no path from screen '{id}' leads to the end of the Flow",
    help: "mark a screen it leads to `terminal`, or navigate from '{id}' to a screen that finishes",
    explanation:
      'A Flow ends on a terminal screen (whose Footer completes it) or when the endpoint answers a data_exchange, which it may do with SUCCESS. Meta accepts a screen that is not terminal and leads nowhere, or only to such screens: a user who gets there can only close the Flow, and every answer so far is lost.',
    wrong: example`
      screen START "Support" {
        EmbeddedLink "Opening hours" -> navigate HOURS
        Footer "Call me back" -> navigate DONE
      }

      screen HOURS "Opening hours" {
        TextBody "Monday to Friday, 9:00-17:00."
      }

      screen DONE "Thanks" {
        terminal
        TextBody "We will call you within the hour."
        Footer "Close" -> complete
      }
    `,
    fixed: example`
      screen START "Support" {
        EmbeddedLink "Opening hours" -> navigate HOURS
        Footer "Call me back" -> navigate DONE
      }

      screen HOURS "Opening hours" {
        terminal
        TextBody "Monday to Friday, 9:00-17:00."
        Footer "Close" -> complete
      }

      screen DONE "Thanks" {
        terminal
        TextBody "We will call you within the hour."
        Footer "Close" -> complete
      }
    `,
  },

  // ── FLOW9xxx: import and validate (Flow JSON) ───────────────────────────────────────────────────
  // Reported on Flow JSON files (flowc validate, flowc import): their wrong and fixed examples are Flow JSON.
  FLOW9001: {
    severity: 'error',
    title: 'Malformed JSON',
    meta: 'INVALID_FLOW_JSON',
    message: 'not valid JSON: {problem}',
    explanation:
      'The file is not JSON, so nothing else can be checked. JSON has no comments, no trailing commas and no single quotes; every string is closed on its line (a line break inside a string is written \\n). The position is that of the first error.',
    wrong: example`
      {
        "version": "7.3",
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextBody", "text": "Hello and welcome" },
                { "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } },
              ]
            }
          }
        ]
      }
    `,
    fixed: example`
      {
        "version": "7.3",
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextBody", "text": "Hello and welcome" },
                { "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }
              ]
            }
          }
        ]
      }
    `,
  },
  FLOW9002: {
    severity: 'error',
    title: 'Key given twice',
    message: 'the key "{key}" is given twice in this object',
    help: 'keep one: Meta reads the last value and the first one is lost',
    explanation:
      'JSON readers keep only the last value of a key given twice in one object, so the first one silently disappears: usually an edit that went wrong. `flowc import` cannot keep both and writes nothing.',
    wrong: example`
      {
        "version": "7.3",
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextBody", "text": "Hello and welcome", "text": "Welcome back" },
                { "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }
              ]
            }
          }
        ]
      }
    `,
    fixed: example`
      {
        "version": "7.3",
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextBody", "text": "Welcome back" },
                { "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }
              ]
            }
          }
        ]
      }
    `,
  },
  FLOW9003: {
    severity: 'error',
    title: 'Wrong kind of JSON value',
    meta: 'INVALID_PROPERTY_TYPE',
    message: '{path}: expected {expected}, found {found}',
    explanation:
      'A part of Flow JSON that has a fixed shape holds the wrong kind of value: `screens` is a list, a screen and a component are objects, `layout` is `{"type": "SingleColumnLayout", "children": […]}`, and no value is `null` (leave the key out instead). Meta rejects the file; the checks cannot look inside such a part, and `flowc import` writes nothing.',
    wrong: example`
      {
        "version": "7.3",
        "screens": [
          {
            "id": "SIGN_UP",
            "title": "Sign up",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextInput", "name": "email", "label": "Email", "helper-text": null },
                {
                  "type": "Footer",
                  "label": "Sign up",
                  "on-click-action": { "name": "complete", "payload": { "email": "\${form.email}" } }
                }
              ]
            }
          }
        ]
      }
    `,
    fixed: example`
      {
        "version": "7.3",
        "screens": [
          {
            "id": "SIGN_UP",
            "title": "Sign up",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextInput", "name": "email", "label": "Email" },
                {
                  "type": "Footer",
                  "label": "Sign up",
                  "on-click-action": { "name": "complete", "payload": { "email": "\${form.email}" } }
                }
              ]
            }
          }
        ]
      }
    `,
  },
  FLOW9004: {
    severity: 'error',
    title: 'Required key missing',
    meta: 'MISSING_REQUIRED_PROPERTY',
    message: '{path}: the required key "{key}" is missing',
    explanation:
      'Flow JSON needs `version` and `screens` at the top, an `id` and a `layout` in every screen, a `type` in every component, `condition` and `then` in an If, `value` and `cases` in a Switch, and a `routing_model` whenever there is a `data_api_version`. Meta rejects a file without them, and `flowc import` cannot make them up.',
    wrong: example`
      {
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextBody", "text": "Hello and welcome" },
                { "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }
              ]
            }
          }
        ]
      }
    `,
    fixed: example`
      {
        "version": "7.3",
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextBody", "text": "Hello and welcome" },
                { "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }
              ]
            }
          }
        ]
      }
    `,
  },
  FLOW9005: {
    severity: 'error',
    title: 'Key not allowed',
    meta: 'INVALID_PROPERTY_KEY',
    message: '{path}: this key is not allowed ({where})',
    help: 'remove it',
    explanation:
      'Flow JSON allows only its own keys at the top level (version, data_api_version, data_channel_uri, routing_model, screens), in a layout (type, children), an If (type, condition, then, else) and a Switch (type, value, cases). Meta rejects any other key there ("Property … is not allowed"), and .flow has no place for it. (An unknown property of a screen or a component is reported by the checks, FLOW5010 and FLOW5002.)',
    wrong: example`
      {
        "version": "7.3",
        "name": "welcome_flow",
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextBody", "text": "Hello and welcome" },
                { "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }
              ]
            }
          }
        ]
      }
    `,
    fixed: example`
      {
        "version": "7.3",
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextBody", "text": "Hello and welcome" },
                { "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }
              ]
            }
          }
        ]
      }
    `,
  },
  FLOW9006: {
    severity: 'error',
    title: 'Cannot be written in .flow',
    message: '{path}: {what} cannot be written in .flow: {reason}',
    explanation:
      '`flowc import` converts a Flow JSON file only when the .flow file compiles back to the same Flow JSON. Some rare constructs have no .flow spelling: a name that is not a .flow word where no "quoted" name can stand (a Form name with a space, a screen id starting with a digit), a routing model that lists some screens without routes and leaves out others, a bare boolean If condition. Rather than write a file that lost something, the import writes nothing and names the JSON path: change that part of the JSON (usually a rename) and import again. `flowc validate` does not report this: it is a limit of .flow, not a problem of the Flow.',
    wrong: example`
      {
        "version": "7.3",
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                {
                  "type": "Form",
                  "name": "welcome form",
                  "children": [
                    { "type": "TextBody", "text": "Hello and welcome" },
                    { "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }
                  ]
                }
              ]
            }
          }
        ]
      }
    `,
    fixed: example`
      {
        "version": "7.3",
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                {
                  "type": "Form",
                  "name": "welcome_form",
                  "children": [
                    { "type": "TextBody", "text": "Hello and welcome" },
                    { "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }
                  ]
                }
              ]
            }
          }
        ]
      }
    `,
  },
  FLOW9007: {
    severity: 'error',
    title: 'Inputs outside a Form before 4.0',
    meta: 'KEYWORD_ONE_OF',
    message: "screen '{id}' has inputs outside a Form, which Flow JSON {version} does not allow",
    help: 'put the components of the screen in a Form, or use Flow JSON 4.0 or later, where the Form is optional',
    explanation:
      'Before Flow JSON 4.0 every input (TextInput, TextArea, CheckboxGroup, RadioButtonsGroup, Dropdown, DatePicker, OptIn) must sit in a Form, and Meta rejects a screen whose inputs do not. (.flow adds that Form by itself, so a .flow file never has this problem; an imported file would not compile back to the same JSON.)',
    wrong: example`
      {
        "version": "3.1",
        "screens": [
          {
            "id": "SIGN_UP",
            "title": "Sign up",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "TextInput", "name": "email", "label": "Email" },
                {
                  "type": "Footer",
                  "label": "Sign up",
                  "on-click-action": { "name": "complete", "payload": { "email": "\${form.email}" } }
                }
              ]
            }
          }
        ]
      }
    `,
    fixed: example`
      {
        "version": "3.1",
        "screens": [
          {
            "id": "SIGN_UP",
            "title": "Sign up",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                {
                  "type": "Form",
                  "name": "form",
                  "children": [
                    { "type": "TextInput", "name": "email", "label": "Email" },
                    {
                      "type": "Footer",
                      "label": "Sign up",
                      "on-click-action": { "name": "complete", "payload": { "email": "\${form.email}" } }
                    }
                  ]
                }
              ]
            }
          }
        ]
      }
    `,
  },
  FLOW9008: {
    severity: 'error',
    title: 'Navigate route missing from the routing model',
    meta: 'INVALID_ROUTING_MODEL',
    message: "the routing model has no route from '{from}' to '{to}', which a navigate action of '{from}' takes",
    help: 'add "{to}" to the routes of "{from}" in routing_model',
    explanation:
      'In a Flow with a routing model, every navigate action A → B must also be a route A → B of the model ("Missing direct route from screen … in the routing model"). In .flow the routing model is derived from the navigate actions, so it always has these routes.',
    wrong: example`
      {
        "version": "7.3",
        "data_api_version": "3.0",
        "routing_model": { "START": [] },
        "screens": [
          {
            "id": "START",
            "title": "Start",
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "Footer", "label": "Next", "on-click-action": { "name": "navigate", "next": { "type": "screen", "name": "DONE" } } }
              ]
            }
          },
          {
            "id": "DONE",
            "title": "Done",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [{ "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }]
            }
          }
        ]
      }
    `,
    fixed: example`
      {
        "version": "7.3",
        "data_api_version": "3.0",
        "routing_model": { "START": ["DONE"], "DONE": [] },
        "screens": [
          {
            "id": "START",
            "title": "Start",
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                { "type": "Footer", "label": "Next", "on-click-action": { "name": "navigate", "next": { "type": "screen", "name": "DONE" } } }
              ]
            }
          },
          {
            "id": "DONE",
            "title": "Done",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [{ "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }]
            }
          }
        ]
      }
    `,
  },
  FLOW9009: {
    severity: 'error',
    title: 'Unknown screen in the routing model',
    meta: 'INVALID_ROUTING_MODEL',
    message: "the routing model names '{id}', which is not a screen",
    help: 'remove it from routing_model, or correct the screen id',
    explanation:
      'The keys of `routing_model` are the ids of the Flow\'s screens ("Invalid screens found in the routing model"). A key for a screen that does not exist is usually a screen that was renamed or removed.',
    wrong: example`
      {
        "version": "7.3",
        "data_api_version": "3.0",
        "routing_model": { "WELCOME": [], "INTRO": [] },
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [{ "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }]
            }
          }
        ]
      }
    `,
    fixed: example`
      {
        "version": "7.3",
        "data_api_version": "3.0",
        "routing_model": { "WELCOME": [] },
        "screens": [
          {
            "id": "WELCOME",
            "title": "Welcome",
            "terminal": true,
            "layout": {
              "type": "SingleColumnLayout",
              "children": [{ "type": "Footer", "label": "OK", "on-click-action": { "name": "complete" } }]
            }
          }
        ]
      }
    `,
  },

} as const satisfies Record<string, CodeEntry>;

export type DiagnosticCode = keyof typeof entries;

export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, CodeEntry>> = entries;

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(entries, code);
}
