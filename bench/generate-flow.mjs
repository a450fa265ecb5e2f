// A generator of valid .flow files of any size, shared by the benchmark (bench/run.mjs, plain node) and the
// property tests (test/properties.test.ts). Plain JavaScript so both can import it without a build step;
// types are in generate-flow.d.mts.
//
// What "valid" means here (docs/language.md, /work/shared/spec/flow-json.md):
// - screen ids are letters and underscores only (no digits), unique, never `success`;
// - the screens form a chain: each non-terminal screen's Footer navigates to the next screen, and the
//   navigate payload's keys are exactly the next screen's data fields, with values of the same type;
//   no back-routes, no self-routes; the last screen is `terminal` with a `Footer -> complete`;
// - every `data.x` used on a screen is declared in its data block with an example;
// - input names are unique per screen (across If/Switch branches too);
// - per-screen caps: Footer 1 (top level), EmbeddedLink 2, Image 3, OptIn 5, PhotoPicker + DocumentPicker 1;
// - the component count of a screen is counted flattened (If/Switch nodes and every component in every
//   branch count once), so it stays within the limit however the compiler counts;
// - If conditions are booleans over data/form bindings, comparisons on numbers, equality on strings;
//   Switch values are string bindings with name-like case keys; If nests at most 2 deep here;
// - every answer is sent: the last screen's `complete` payload holds every input of the Flow (earlier
//   screens' through `screen.S.form.x`), pickers only while Meta's totals allow (10 files, 100 MiB);
// - texts stay under Meta's character limits: the fixed mix at 8 × 30 compiles with no warning at all;
// - properties are written in the catalogue's order (the order code generation emits), so that importing
//   the compiled Flow JSON gives back the same text (test/import-properties.test.ts).

/** A small deterministic PRNG (mulberry32), so a seed reproduces a flow. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Screen ids may not contain digits: 0 → A, 25 → Z, 26 → BA, … (prefixed, so never `success`). */
export function screenId(index) {
  let s = '';
  let n = index;
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `STEP_${s}`;
}

const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

/** Data every screen carries forward unchanged (declared on every screen, passed on in every payload). */
const CARRIED = [
  ['options', '[{ id: "a", title: "Alpha" }, { id: "b", title: "Beta" }, { id: "c", title: "Gamma" }]'],
  ['plan', '"basic"'],
  ['count', '3'],
  ['show_more', 'false'],
];

/** The field that holds the previous screen's name answer: [payload key, value on the sender,
 *  declaration on the receiver] (a TextInput's value is a string). The next screen shows it. */
function answersFrom(prev) {
  return [[`prev_name`, `form.${prev.name}`, `prev_name = "Jane"`]];
}

/** Pickers in a complete payload: at most 10 files and 102400 KB in all (spec §0, 4.18). */
const PICKER_FILES = 1;
const PICKER_KB = 10240;
const COMPLETE_MAX_FILES = 10;
const COMPLETE_MAX_KB = 102400;

/**
 * Component blocks. Each has a flattened `cost` (components it adds), the caps it uses, and a `text`
 * function of the screen context. `inputs` lists the input names it declares.
 */
function blocks(ctx) {
  /** A fresh input name; tryAdd keeps the names of the blocks it accepts (ctx.inputs). */
  const n = (base) => {
    const name = ctx.fresh(base);
    ctx.pending.push({ name, picker: base === 'photo' || base === 'file' });
    return name;
  };
  return {
    heading: () => ({ cost: 1, text: `TextHeading "Step ${ctx.index + 1}: your details"` }),
    subheading: () => ({ cost: 1, text: `TextSubheading "A few questions"` }),
    body: () => ({
      cost: 1,
      text: ctx.index > 0 ? `TextBody "Thanks, \${data.prev_name}. You have \${data.count} items."` : `TextBody "We need a few details to book your visit."`,
    }),
    bodyBound: () => ({ cost: 1, text: `TextBody "\${data.plan}" { font-weight: bold }` }),
    markdown: () => ({ cost: 1, text: `TextBody "**Note:** answers are *saved* as you go." { markdown }` }),
    caption: () => ({ cost: 1, text: `TextCaption "Fields marked required must be filled in."` }),
    textInput: () => {
      return { cost: 1, text: `TextInput ${n('street')} "Street" { required, max-chars: 60, helper-text: "Street and number" }` };
    },
    email: () => ({ cost: 1, text: `TextInput ${n('email')} "E-mail" { input-type: email }` }),
    phone: () => ({ cost: 1, text: `TextInput ${n('phone')} "Phone" { input-type: phone, required: false }` }),
    password: () => ({
      cost: 1,
      text: `TextInput ${n('code')} "Code" { input-type: passcode, pattern: "^[0-9]{4}$", helper-text: "Four digits" }`,
    }),
    textArea: () => ({ cost: 1, text: `TextArea ${n('notes')} "Notes" { max-length: 300, helper-text: "Optional" }` }),
    dropdown: () => ({
      cost: 1,
      text: `Dropdown ${n('city')} "City" {\n      data-source {\n        ams "Amsterdam"\n        ber "Berlin" { description: "Capital of Germany" }\n        lis "Lisbon"\n      }\n      required\n    }`,
    }),
    dropdownBound: () => ({ cost: 1, text: `Dropdown ${n('choice')} "Option" { data-source: data.options }` }),
    dropdownUpdate: () => ({
      cost: 1,
      text: `Dropdown ${n('size')} "Size" {\n      data-source { s "Small"; m "Medium"; l "Large" }\n      on-select-action: update_data { show_more: true }\n    }`,
    }),
    radio: () => ({
      cost: 1,
      text: `RadioButtonsGroup ${n('contact')} "Contact me by" {\n      data-source {\n        email "E-mail"\n        phone "Phone" { description: "We call between 9 and 17" }\n      }\n    }`,
    }),
    checkbox: () => ({
      cost: 1,
      text: `CheckboxGroup ${n('extras')} "Extras" {\n      data-source { wifi "Wi-Fi"; parking "Parking"; breakfast "Breakfast" }\n      max-selected-items: 2\n    }`,
    }),
    datePicker: () => ({
      cost: 1,
      text: `DatePicker ${n('day')} "Day of the visit" { min-date: "2025-01-01", max-date: "2026-12-31", unavailable-dates: ["2025-12-25"] }`,
    }),
    calendar: () => ({
      cost: 1,
      text: `CalendarPicker ${n('when')} "When" { mode: single, min-date: "2025-01-01", max-date: "2026-12-31", include-days: [Mon, Tue, Wed] }`,
    }),
    chips: () => ({
      cost: 1,
      text: `ChipsSelector ${n('tags')} "Interests" {\n      data-source { art "Art"; food "Food"; music "Music" }\n      max-selected-items: 2\n    }`,
    }),
    optIn: () => ({ cost: 1, caps: { OptIn: 1 }, text: `OptIn ${n('news')} "Send me news and offers"` }),
    optInLink: () => ({
      cost: 1,
      caps: { OptIn: 1 },
      text: `OptIn ${n('terms')} "I accept the terms" -> open_url "https://example.com/terms"`,
    }),
    link: () => ({ cost: 1, caps: { EmbeddedLink: 1 }, text: `EmbeddedLink "Read our policy" -> open_url "https://example.com/privacy"` }),
    image: () => ({ cost: 1, caps: { Image: 1 }, text: `Image { src: "${PNG}", height: 80, scale-type: contain, alt-text: "Logo" }` }),
    photo: () => ({
      cost: 1,
      caps: { Picker: 1 },
      text: `PhotoPicker ${n('photo')} "Photo" { description: "One photo", max-file-size-kb: ${PICKER_KB}, max-uploaded-photos: ${PICKER_FILES} }`,
    }),
    document: () => ({
      cost: 1,
      caps: { Picker: 1 },
      text: `DocumentPicker ${n('file')} "Document" { allowed-mime-types: ["application/pdf", "image/png"], max-file-size-kb: ${PICKER_KB}, max-uploaded-documents: ${PICKER_FILES} }`,
    }),
    ifElse: () => ({
      cost: 4,
      text: `If data.count > 2 && data.show_more {\n      TextBody "You have many items."\n      TextInput ${n('why')} "Why so many?"\n    } else {\n      TextCaption "Few items."\n    }`,
    }),
    ifAgree: () => ({
      cost: 2,
      text: `If form.${ctx.agree} {\n      TextCaption "Thanks for agreeing."\n    }`,
    }),
    ifNested: () => ({
      cost: 4,
      text: `If data.plan == "pro" {\n      If data.count >= 1 || !data.show_more {\n        TextBody "Pro with items"\n      }\n    } else {\n      TextBody "Basic"\n    }`,
    }),
    switchPlan: () => ({
      cost: 3,
      text: `Switch data.plan {\n      case basic { TextBody "Basic plan" }\n      case pro { TextBody "Pro plan" }\n    }`,
    }),
    switchInputs: () => ({
      cost: 5,
      text: `Switch data.plan {\n      case basic { TextBody "Basic"; TextInput ${n('basic_note')} "Basic note" }\n      case pro { TextBody "Pro"; TextArea ${n('pro_note')} "Pro note" }\n    }`,
    }),
  };
}

/** The fixed, realistic mix used when no seed is given, after the three inputs every screen has; texts
 *  fill what is left up to the limit, and the Footer comes last (30 in all by default). */
const FIXED_MIX = [
  'heading', 'subheading', 'body', 'caption', 'textInput', 'email', 'phone', 'textArea', 'dropdown',
  'dropdownBound', 'radio', 'checkbox', 'datePicker', 'calendar', 'chips', 'optInLink', 'link', 'image',
  'PICKER', 'ifElse', 'switchPlan', 'bodyBound', 'markdown', 'ifAgree',
];

/** Block texts above are written indented for a member at 4 spaces; members sit at 2. */
const dedent = (text) => text.replace(/\n {2}/g, '\n');

const CAPS = { Footer: 1, EmbeddedLink: 2, Image: 3, OptIn: 5, Picker: 1 };

/**
 * Generates the text of a valid flow.
 * @param {import('./generate-flow.d.mts').GenerateOptions} [options]
 * @returns {string}
 */
export function generateFlow(options = {}) {
  const screens = options.screens ?? 8;
  const perScreen = options.componentsPerScreen ?? 30;
  if (!(screens >= 1)) throw new RangeError('screens must be at least 1');
  if (!(perScreen >= 4)) throw new RangeError('componentsPerScreen must be at least 4');
  const random = options.seed === undefined ? undefined : prng(options.seed);
  const meta = options.limits === 'meta' || screens > 8 || perScreen > 30;

  const out = [];
  out.push('// Generated by bench/generate-flow.mjs');
  out.push('flow generated {');
  out.push(`  version "${options.version ?? '7.3'}"`);
  if (options.endpoint) out.push('  endpoint');
  if (meta) out.push('  limits "meta"');
  out.push('}');

  let prev;
  /** Every input so far: the last screen's complete payload sends them all (FLOW8003: no lost answer). */
  const answers = [];
  for (let index = 0; index < screens; index++) {
    const last = index === screens - 1;
    const id = screenId(index);
    const used = new Set();
    const fresh = (base) => {
      let name = `${base}_${index}`;
      for (let k = 2; used.has(name); k++) name = `${base}_${index}_${k}`;
      used.add(name);
      return name;
    };
    // Every screen has these three inputs; the name goes on to the next screen too.
    const ctx = { index, fresh, name: fresh('name'), agree: fresh('agree'), topics: fresh('topics'), pending: [], inputs: [] };
    ctx.inputs.push(...[ctx.name, ctx.agree, ctx.topics].map((name) => ({ name, picker: false })));
    const make = blocks(ctx);
    const members = [
      `TextInput ${ctx.name} "Your name" { required }`,
      `OptIn ${ctx.agree} "I agree to be contacted"`,
      `CheckboxGroup ${ctx.topics} "Topics" {\n      data-source { a "Alpha"; b "Beta"; c "Gamma" }\n      min-selected-items: 1, max-selected-items: 3\n    }`,
    ];
    const caps = { Footer: 0, EmbeddedLink: 0, Image: 0, OptIn: 1, Picker: 0 };
    let count = members.length;
    const budget = perScreen - 1; // the Footer is last

    const tryAdd = (key) => {
      ctx.pending = [];
      const b = make[key]();
      if (count + b.cost > budget) return false;
      for (const [cap, k] of Object.entries(b.caps ?? {})) if (caps[cap] + k > CAPS[cap]) return false;
      for (const [cap, k] of Object.entries(b.caps ?? {})) caps[cap] += k;
      ctx.inputs.push(...ctx.pending);
      members.push(b.text);
      count += b.cost;
      return true;
    };

    if (random) {
      const keys = Object.keys(make);
      let misses = 0;
      while (count < budget && misses < 50) {
        const key = keys[Math.floor(random() * keys.length)];
        if (tryAdd(key)) misses = 0;
        else misses++;
      }
    } else {
      for (const key of FIXED_MIX) {
        if (count >= budget) break;
        tryAdd(key === 'PICKER' ? (index % 2 ? 'document' : 'photo') : key);
      }
    }
    // Fill what is left with one-component texts.
    const fillers = ['caption', 'body', 'subheading', 'heading'];
    for (let k = 0; count < budget; k++) tryAdd(fillers[k % fillers.length]);

    // The screen.
    const title = `Step ${index + 1} of ${screens}`;
    out.push('');
    out.push(`screen ${id} "${title}" {`);
    if (last) out.push('  terminal');
    if (index === 0 && screens > 1) out.push(`  sensitive: [${ctx.name}]`);
    out.push('  data {');
    for (const [key, example] of CARRIED) out.push(`    ${key} = ${example}`);
    if (prev) for (const [, , decl] of answersFrom(prev)) out.push(`    ${decl}`);
    out.push('  }');
    // Sometimes (random mixes only) everything but the Footer sits in a Form, which is not counted.
    if (random && random() < 0.3) {
      out.push(`  Form ${fresh('form')} {`);
      for (const m of members) out.push(`    ${dedent(m).replace(/\n/g, '\n  ')}`);
      out.push('  }');
    } else {
      for (const m of members) out.push(`  ${dedent(m)}`);
    }
    for (const input of ctx.inputs) answers.push({ ...input, screen: id });
    if (last) {
      // Every answer of the Flow (input names hold their screen's index, so they are unique keys), the
      // earlier screens' through global references; pickers only while Meta's totals allow.
      let files = 0;
      const payload = ['plan: data.plan'];
      for (const a of answers) {
        if (a.picker) {
          if (files + PICKER_FILES > COMPLETE_MAX_FILES || (files + PICKER_FILES) * PICKER_KB > COMPLETE_MAX_KB) continue;
          files += PICKER_FILES;
        }
        payload.push(`${a.name}: ${a.screen === id ? '' : `screen.${a.screen}.`}form.${a.name}`);
      }
      out.push(`  Footer "Finish" { center-caption: "Last step" } -> complete {\n    ${payload.join(',\n    ')}\n  }`);
    } else {
      const next = screenId(index + 1);
      const payload = [
        ...CARRIED.map(([key]) => `${key}: data.${key}`),
        ...answersFrom(ctx).map(([key, value]) => `${key}: ${value}`),
      ];
      out.push(`  Footer "Continue" -> navigate ${next} {\n    ${payload.join(',\n    ')}\n  }`);
    }
    out.push('}');
    prev = ctx;
  }
  return `${out.join('\n')}\n`;
}
