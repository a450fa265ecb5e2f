// The component catalogue: every Flow JSON component type (2.1–7.3) with its properties, action slots,
// placement rules and caps. Code generation emits keys in the order listed here; checks, hover docs,
// completion and docs/components.md read the same table. Facts follow the spec (/work/shared/spec/flow-json.md,
// §0 overriding the body). `type` and `name` are never listed: `name` is implied by `named: true`.
import type {
  ActionName,
  AllowedAction,
  ComponentSpec,
  Placement,
  PropertySpec,
  Version,
} from './types.js';
import { compareVersions, FEATURE_SINCE } from './versions.js';

// ---------------------------------------------------------------------------------------------------
// Small shared pieces

const act = (name: ActionName, since?: Version): AllowedAction => (since ? { name, since } : { name });

const visible: PropertySpec = {
  name: 'visible',
  type: 'boolean',
  dynamic: true,
  default: true,
  doc: 'Shows or hides the component; false removes it from the screen.',
};

const enabled: PropertySpec = {
  name: 'enabled',
  type: 'boolean',
  dynamic: true,
  default: true,
  doc: 'When false the component is shown greyed out and cannot be used.',
};

const requiredFlag: PropertySpec = {
  name: 'required',
  type: 'boolean',
  dynamic: true,
  default: false,
  doc: 'The user must give a value before the screen’s action can run.',
};

const helperText: PropertySpec = {
  name: 'helper-text',
  type: 'string',
  dynamic: true,
  maxChars: 80,
  doc: 'Hint shown under the field.',
};

const labelVariant: PropertySpec = {
  name: 'label-variant',
  type: 'enum',
  values: ['large'],
  since: '7.0',
  doc: '"large" shows the label above the field in a bigger font and lets it wrap over several lines.',
};

/** Inputs may sit outside a Form from 4.0; components newer than that need no since of their own. */
const outsideFormSince = (componentSince: Version): { since?: Version } =>
  compareVersions(componentSince, FEATURE_SINCE.optionalForm) < 0 ? { since: FEATURE_SINCE.optionalForm } : {};

/** init-value of an input that sits outside a Form. */
const initValue = (componentSince: Version, type: PropertySpec['type'], doc: string): PropertySpec => ({
  name: 'init-value',
  type,
  dynamic: true,
  ...outsideFormSince(componentSince),
  outsideFormOnly: true,
  doc: `${doc} Only outside a Form; inside one use the Form's init-values.`,
});

/** error-message of an input that sits outside a Form. */
const errorMessage = (componentSince: Version, maxChars?: number): PropertySpec => ({
  name: 'error-message',
  type: 'string',
  dynamic: true,
  ...outsideFormSince(componentSince),
  outsideFormOnly: true,
  ...(maxChars === undefined ? {} : { maxChars }),
  doc: "Error text shown on the field. Only outside a Form; inside one use the Form's error-messages.",
});

const selectUpdateData: readonly AllowedAction[] = [act('update_data')];

/** Component-level select/unselect slots of CheckboxGroup, RadioButtonsGroup and Dropdown. */
const choiceSelectActions: PropertySpec[] = [
  {
    name: 'on-select-action',
    type: 'action',
    actions: [act('data_exchange'), act('update_data', '6.0')],
    doc: 'Runs when the selection changes. Cannot be combined with item-level on-select-action.',
  },
  {
    name: 'on-unselect-action',
    type: 'action',
    since: '6.0',
    actions: selectUpdateData,
    doc: 'Runs when an option is unselected (update_data only). Cannot be combined with item-level actions.',
  },
];

/** One option of a CheckboxGroup, RadioButtonsGroup or Dropdown data-source. */
const dataSourceItem: PropertySpec[] = [
  { name: 'id', type: 'string', required: true, doc: 'Value the option contributes to the form field.' },
  { name: 'title', type: 'string', required: true, maxChars: 30, doc: 'Text of the option.' },
  { name: 'description', type: 'string', maxChars: 300, doc: 'Second line under the title.' },
  { name: 'metadata', type: 'string', maxChars: 20, doc: 'Short extra text shown with the option.' },
  {
    name: 'enabled',
    type: 'boolean',
    dynamic: true,
    bindingOnly: true,
    doc: 'When false the option cannot be picked. A boolean or a ${…} binding, never a backtick expression.',
  },
  {
    name: 'image',
    type: 'string',
    dynamic: true,
    since: '5.0',
    notInListWith: ['color'],
    doc: 'Base64 image shown with the option (≤ 100 KB from 6.0, 300 KB before). Not together with color in one list.',
  },
  { name: 'alt-text', type: 'string', since: '5.0', doc: 'Accessibility text for the image.' },
  {
    name: 'color',
    type: 'string',
    since: '5.0',
    notInListWith: ['image'],
    doc: 'Static 6-digit hex colour "#RRGGBB" shown with the option. Not together with image in one list.',
  },
  {
    name: 'on-select-action',
    type: 'action',
    since: '6.0',
    actions: selectUpdateData,
    doc: 'Runs when this option is selected (update_data only).',
  },
  {
    name: 'on-unselect-action',
    type: 'action',
    since: '6.0',
    actions: selectUpdateData,
    doc: 'Runs when this option is unselected (update_data only).',
  },
];

/** ChipsSelector options are slimmer: no description, metadata, image or colour. */
const chipItem: PropertySpec[] = [
  { name: 'id', type: 'string', required: true, doc: 'Value the chip contributes to the form field.' },
  { name: 'title', type: 'string', required: true, doc: 'Text on the chip (not blank).' },
  {
    name: 'enabled',
    type: 'boolean',
    dynamic: true,
    bindingOnly: true,
    doc: 'When false the chip cannot be picked. A boolean or a ${…} binding, never a backtick expression.',
  },
  {
    name: 'on-select-action',
    type: 'action',
    actions: selectUpdateData,
    doc: 'Runs when this chip is selected (update_data only).',
  },
  {
    name: 'on-unselect-action',
    type: 'action',
    actions: selectUpdateData,
    doc: 'Runs when this chip is unselected (update_data only).',
  },
];

/** Range-mode CalendarPicker values are `{"start-date", "end-date"}` objects: start-date always required,
 *  end-date too for `label`. */
const rangeFields = (type: PropertySpec['type'], what: string, bothRequired = false): PropertySpec[] => [
  { name: 'start-date', type, required: true, doc: `${what} for the start date.` },
  { name: 'end-date', type, ...(bothRequired ? { required: true } : {}), doc: `${what} for the end date.` },
];

const DOCUMENT_MIME_TYPES = [
  'application/gzip',
  'application/msword',
  'application/pdf',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.oasis.opendocument.presentation',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/x-7z-compressed',
  'application/zip',
  'image/avif',
  'image/gif',
  'image/heic',
  'image/heif',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'image/webp',
  'text/plain',
  'video/mp4',
  'video/mpeg',
] as const;

/** Placement shorthands. `true` = from the component's own version. */
const anywhere: Placement = { form: true, if: true, switch: true };
const topLevelOnly: Placement = { form: false, if: false, switch: false };

const fontWeight: PropertySpec = {
  name: 'font-weight',
  type: 'enum',
  values: ['bold', 'italic', 'bold_italic', 'normal'],
  dynamic: true,
  doc: 'Weight and style of the whole text.',
};

const strikethrough: PropertySpec = {
  name: 'strikethrough',
  type: 'boolean',
  dynamic: true,
  doc: 'Draws a line through the whole text.',
};

const markdown: PropertySpec = {
  name: 'markdown',
  type: 'boolean',
  since: '5.1',
  default: false,
  doc: 'Static. Enables a small markdown subset: bold, italic, strikethrough, links and lists (no headings, images or tables).',
};

const bodyText = (maxChars: number): PropertySpec => ({
  name: 'text',
  type: 'text',
  required: true,
  dynamic: true,
  arrayText: true,
  maxChars,
  doc: 'The text (not blank). From 5.1, with markdown, also an array of static strings, one paragraph each.',
});

const headingText: PropertySpec = {
  name: 'text',
  type: 'string',
  required: true,
  dynamic: true,
  maxChars: 80,
  doc: 'The text (not blank).',
};

/** min-date, max-date, unavailable-dates; DatePicker predates 5.0, when dates were timestamp strings. */
const dateProps = (pre50 = false): PropertySpec[] => {
  const format = pre50 ? '"YYYY-MM-DD" (before 5.0 a millisecond timestamp string)' : '"YYYY-MM-DD"';
  return [
    { name: 'min-date', type: 'date', dynamic: true, doc: `Earliest selectable date, ${format}. Open when absent.` },
    { name: 'max-date', type: 'date', dynamic: true, doc: `Latest selectable date, ${format}. Open when absent.` },
    {
      name: 'unavailable-dates',
      type: 'date-array',
      dynamic: true,
      doc: 'Dates that cannot be picked; each must lie within min-date … max-date.',
    },
  ];
};

// ---------------------------------------------------------------------------------------------------
// The table

/** The catalogue as written; COMPONENTS (below) is the same, in uniform shape. */
const CATALOGUE: readonly ComponentSpec[] = [
  // ---- Text ----------------------------------------------------------------------------------------
  {
    type: 'TextHeading',
    since: '2.1',
    category: 'text',
    doc: 'The largest text style: a title at the top of a screen or a section. Plain text only, no markdown.',
    input: false,
    named: false,
    primary: 'text',
    properties: [headingText, visible],
    placement: anywhere,
  },
  {
    type: 'TextSubheading',
    since: '2.1',
    category: 'text',
    doc: 'A smaller heading for a part of the screen. Plain text only, no markdown.',
    input: false,
    named: false,
    primary: 'text',
    properties: [headingText, visible],
    placement: anywhere,
  },
  {
    type: 'TextBody',
    since: '2.1',
    category: 'text',
    doc: 'Running text for explanations and summaries. From 5.1 it can render a small markdown subset.',
    input: false,
    named: false,
    primary: 'text',
    properties: [bodyText(4096), fontWeight, strikethrough, markdown, visible],
    placement: anywhere,
  },
  {
    type: 'TextCaption',
    since: '2.1',
    category: 'text',
    doc: 'Small print: notes, disclaimers and hints. From 5.1 it can render a small markdown subset.',
    input: false,
    named: false,
    primary: 'text',
    properties: [bodyText(409), fontWeight, strikethrough, markdown, visible],
    placement: anywhere,
  },
  {
    type: 'RichText',
    since: '5.1',
    category: 'text',
    doc:
      'A whole screen of formatted markdown: headings, paragraphs, lists, tables, links and inline base64 images. ' +
      'It must be the only component on its screen; from 6.3 it may share the screen with a Footer only. ' +
      'Never inside a Form, If or Switch.',
    input: false,
    named: false,
    primary: 'text',
    properties: [
      {
        name: 'text',
        type: 'text',
        required: true,
        dynamic: true,
        bindingOnly: true,
        arrayText: true,
        doc: 'Markdown, as a string or an array of static strings (one paragraph each), or one ${data.x} binding; no interpolation.',
      },
      visible,
    ],
    placement: topLevelOnly,
  },

  // ---- Inputs --------------------------------------------------------------------------------------
  {
    type: 'TextInput',
    since: '2.1',
    category: 'input',
    doc: 'A one-line text field. input-type picks the keyboard and the checks the client applies (email, number, phone, …).',
    input: true,
    named: true,
    primary: 'label',
    properties: [
      { name: 'label', type: 'string', required: true, dynamic: true, maxChars: 20, doc: 'Field label (not blank).' },
      {
        name: 'input-type',
        type: 'enum',
        values: ['text', 'number', 'email', 'password', 'passcode', 'phone'],
        dynamic: true,
        default: 'text',
        doc: 'Kind of value: sets the keyboard, masking and built-in validation.',
      },
      {
        name: 'pattern',
        type: 'string',
        dynamic: true,
        since: '6.2',
        onlyWhen: { property: 'input-type', values: ['text', 'number', 'password', 'passcode'] },
        requires: ['helper-text'],
        doc: 'Regular expression the value must match (raw, no slashes). Only with input-type text, number, password or passcode; needs helper-text.',
      },
      requiredFlag,
      { name: 'min-chars', type: 'number', dynamic: true, doc: 'Minimum length of the value; not above max-chars.' },
      { name: 'max-chars', type: 'number', dynamic: true, default: 80, doc: 'Maximum length of the value.' },
      helperText,
      labelVariant,
      { ...initValue('2.1', 'string', 'Initial value.'), formValueNumberWhen: { property: 'input-type', values: ['number', 'passcode'] } },
      errorMessage('2.1', 30),
      enabled,
      visible,
    ],
    placement: anywhere,
  },
  {
    type: 'TextArea',
    since: '2.1',
    category: 'input',
    doc: 'A multi-line text field for longer free text such as comments or addresses.',
    input: true,
    named: true,
    primary: 'label',
    properties: [
      { name: 'label', type: 'string', required: true, dynamic: true, maxChars: 20, doc: 'Field label (not blank).' },
      requiredFlag,
      { name: 'max-length', type: 'integer', dynamic: true, default: 600, doc: 'Maximum length of the value.' },
      helperText,
      labelVariant,
      initValue('2.1', 'string', 'Initial value.'),
      errorMessage('2.1'),
      enabled,
      visible,
    ],
    placement: anywhere,
  },
  {
    type: 'CheckboxGroup',
    since: '2.1',
    category: 'input',
    doc: 'A list of options of which the user ticks any number; its value is the array of the ticked ids.',
    input: true,
    named: true,
    primary: 'label',
    properties: [
      {
        name: 'label',
        type: 'string',
        required: true,
        requiredSince: '4.0',
        dynamic: true,
        maxChars: 30,
        doc: 'Heading of the group (required from 4.0).',
      },
      { name: 'description', type: 'string', dynamic: true, since: '4.0', doc: 'Text under the label.' },
      {
        name: 'data-source',
        type: 'items',
        required: true,
        dynamic: true,
        minItems: 1,
        maxItems: 20,
        item: dataSourceItem,
        doc: 'The options: a list, or a ${data.x} binding to an array of options.',
      },
      { name: 'min-selected-items', type: 'number', dynamic: true, min: 0, doc: 'Fewest options to tick; not above max-selected-items.' },
      { name: 'max-selected-items', type: 'number', dynamic: true, min: 2, doc: 'Most options to tick (Meta’s validator requires at least 2).' },
      requiredFlag,
      {
        name: 'media-size',
        type: 'enum',
        values: ['regular', 'large'],
        dynamic: true,
        since: '5.0',
        default: 'regular',
        doc: 'Size of option images.',
      },
      initValue('2.1', 'string-array', 'Ids ticked initially.'),
      errorMessage('2.1'),
      enabled,
      visible,
      ...choiceSelectActions,
    ],
    placement: anywhere,
  },
  {
    type: 'RadioButtonsGroup',
    since: '2.1',
    category: 'input',
    doc: 'A list of options of which the user picks exactly one; its value is the picked id.',
    input: true,
    named: true,
    primary: 'label',
    properties: [
      {
        name: 'label',
        type: 'string',
        required: true,
        requiredSince: '4.0',
        dynamic: true,
        maxChars: 30,
        doc: 'Heading of the group (required from 4.0).',
      },
      { name: 'description', type: 'string', dynamic: true, since: '4.0', doc: 'Text under the label.' },
      {
        name: 'data-source',
        type: 'items',
        required: true,
        dynamic: true,
        minItems: 1,
        maxItems: 20,
        item: dataSourceItem,
        doc: 'The options: a list, or a ${data.x} binding to an array of options.',
      },
      requiredFlag,
      {
        name: 'media-size',
        type: 'enum',
        values: ['regular', 'large'],
        dynamic: true,
        since: '5.0',
        default: 'regular',
        doc: 'Size of option images.',
      },
      initValue('2.1', 'string', 'Id picked initially.'),
      errorMessage('2.1'),
      enabled,
      visible,
      ...choiceSelectActions,
    ],
    placement: anywhere,
  },
  {
    type: 'Dropdown',
    since: '2.1',
    category: 'input',
    doc: 'A single choice from a list that opens in a sheet; suits longer lists than radio buttons.',
    input: true,
    named: true,
    primary: 'label',
    properties: [
      { name: 'label', type: 'string', required: true, dynamic: true, maxChars: 20, doc: 'Field label (not blank).' },
      {
        name: 'data-source',
        type: 'items',
        required: true,
        dynamic: true,
        minItems: 1,
        maxItems: 200,
        maxItemsWith: { property: 'image', max: 100 },
        item: dataSourceItem,
        doc: 'The options: a list, or a ${data.x} binding to an array of options. At most 100 when any option has an image.',
      },
      requiredFlag,
      initValue('2.1', 'string', 'Id picked initially.'),
      errorMessage('2.1'),
      enabled,
      visible,
      ...choiceSelectActions,
    ],
    placement: anywhere,
  },
  {
    type: 'DatePicker',
    since: '2.1',
    category: 'input',
    doc: 'A date field that opens a calendar. From 5.0 dates are "YYYY-MM-DD" strings, independent of time zones.',
    input: true,
    named: true,
    primary: 'label',
    properties: [
      { name: 'label', type: 'string', required: true, dynamic: true, maxChars: 40, doc: 'Field label (not blank).' },
      ...dateProps(true),
      helperText,
      requiredFlag,
      initValue('2.1', 'date', 'Date selected initially; within min-date … max-date.'),
      errorMessage('2.1', 80),
      enabled,
      visible,
      {
        name: 'on-select-action',
        type: 'action',
        actions: [act('data_exchange')],
        doc: 'Runs when a date is picked; the payload can carry the date string.',
      },
    ],
    placement: anywhere,
  },
  {
    type: 'CalendarPicker',
    since: '6.1',
    category: 'input',
    doc:
      'A full calendar for one date (mode single) or a start and end date (mode range). In range mode label, helper-text, ' +
      'required, init-value and error-message take {"start-date", "end-date"} objects.',
    input: true,
    named: true,
    primary: 'label',
    properties: [
      {
        name: 'label',
        type: 'string-or-object',
        required: true,
        dynamic: true,
        maxChars: 40,
        fields: rangeFields('string', 'Label', true),
        doc: 'Field label; in range mode an object with both start-date and end-date.',
      },
      {
        name: 'title',
        type: 'string',
        dynamic: true,
        maxChars: 80,
        rangeModeOnly: true,
        doc: 'Title of the range calendar sheet.',
      },
      {
        name: 'description',
        type: 'string',
        dynamic: true,
        maxChars: 300,
        rangeModeOnly: true,
        doc: 'Text under the range calendar title.',
      },
      {
        name: 'mode',
        type: 'enum',
        values: ['single', 'range'],
        dynamic: true,
        default: 'single',
        doc: 'One date or a date range. When it is a binding the range-mode rules are not checked.',
      },
      ...dateProps(),
      {
        name: 'include-days',
        type: 'enum-array',
        values: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
        dynamic: true,
        doc: 'Weekdays that can be picked (all when absent).',
      },
      {
        name: 'min-days',
        type: 'integer',
        dynamic: true,
        rangeModeOnly: true,
        doc: 'Shortest range in days; not above max-days.',
      },
      {
        name: 'max-days',
        type: 'integer',
        dynamic: true,
        rangeModeOnly: true,
        doc: 'Longest range in days.',
      },
      {
        name: 'helper-text',
        type: 'string-or-object',
        dynamic: true,
        maxChars: 80,
        fields: rangeFields('string', 'Hint'),
        doc: 'Hint under the field; in range mode an object with at least start-date.',
      },
      {
        name: 'required',
        type: 'boolean',
        dynamic: true,
        default: false,
        fields: rangeFields('boolean', 'Whether a value is needed'),
        doc: 'The user must pick a date; in range mode an object of booleans with at least start-date.',
      },
      {
        name: 'init-value',
        type: 'string-or-object',
        dynamic: true,
        outsideFormOnly: true,
        fields: rangeFields('date', 'Initial date'),
        doc: 'Initial date; in range mode an object with at least start-date. Only outside a Form.',
      },
      {
        name: 'error-message',
        type: 'string-or-object',
        dynamic: true,
        maxChars: 80,
        outsideFormOnly: true,
        fields: rangeFields('string', 'Error text'),
        doc: 'Error text on the field; in range mode an object with at least start-date. Only outside a Form.',
      },
      enabled,
      visible,
      {
        name: 'on-select-action',
        type: 'action',
        actions: [act('data_exchange')],
        doc: 'Runs when a date or range is picked; the value is a date string or a {"start-date", "end-date"} object.',
      },
    ],
    placement: anywhere,
  },
  {
    type: 'ChipsSelector',
    since: '6.3',
    category: 'input',
    doc: 'Options shown as tappable chips of which the user picks several; its value is the array of picked ids.',
    input: true,
    named: true,
    primary: 'label',
    properties: [
      { name: 'label', type: 'string', required: true, dynamic: true, maxChars: 80, doc: 'Heading of the chips.' },
      { name: 'description', type: 'string', dynamic: true, maxChars: 300, doc: 'Text under the label.' },
      {
        name: 'data-source',
        type: 'items',
        required: true,
        dynamic: true,
        minItems: 2,
        maxItems: 20,
        item: chipItem,
        doc: 'The chips: a list, or a ${data.x} binding to an array of chips.',
      },
      { name: 'min-selected-items', type: 'number', dynamic: true, min: 0, doc: 'Fewest chips to pick; not above max-selected-items.' },
      { name: 'max-selected-items', type: 'number', dynamic: true, min: 1, doc: 'Most chips to pick.' },
      requiredFlag,
      initValue('6.3', 'string-array', 'Ids picked initially.'),
      errorMessage('6.3'),
      enabled,
      visible,
      {
        name: 'on-select-action',
        type: 'action',
        since: '7.1',
        actions: [act('data_exchange'), act('update_data')],
        doc: 'Runs when a chip is picked; without on-unselect-action it also runs on unpicking.',
      },
      {
        name: 'on-unselect-action',
        type: 'action',
        since: '7.1',
        actions: selectUpdateData,
        doc: 'Runs when a chip is unpicked (update_data only).',
      },
    ],
    placement: { form: true, if: '7.1', switch: '7.1' },
  },
  {
    type: 'PhotoPicker',
    since: '4.0',
    category: 'input',
    doc:
      'Lets the user take or choose photos to upload. One PhotoPicker or DocumentPicker per screen in total; its value ' +
      'cannot go into a navigate payload or a Form\'s init-values.',
    input: true,
    named: true,
    primary: 'label',
    properties: [
      { name: 'label', type: 'string', required: true, dynamic: true, maxChars: 80, doc: 'Heading of the picker.' },
      { name: 'description', type: 'string', dynamic: true, maxChars: 300, doc: 'Text under the label.' },
      {
        name: 'photo-source',
        type: 'enum',
        values: ['camera_gallery', 'camera', 'gallery'],
        default: 'camera_gallery',
        doc: 'Where photos may come from: camera, gallery or both.',
      },
      {
        name: 'max-file-size-kb',
        type: 'integer',
        min: 1,
        max: 25600,
        default: 25600,
        doc: 'Largest file in KiB.',
      },
      {
        name: 'min-uploaded-photos',
        type: 'integer',
        min: 0,
        max: 30,
        default: 0,
        doc: 'Fewest photos; 0 makes the picker optional. Not above max-uploaded-photos.',
      },
      {
        name: 'max-uploaded-photos',
        type: 'integer',
        min: 1,
        max: 30,
        default: 30,
        doc: 'Most photos. In a complete payload all pickers together may send at most 10 files.',
      },
      {
        name: 'error-message',
        type: 'string-or-object',
        dynamic: true,
        outsideFormOnly: true,
        doc: 'Error text, or an object from media id to message. Only outside a Form.',
      },
      enabled,
      visible,
    ],
    placement: anywhere,
    maxPerScreen: 1,
  },
  {
    type: 'DocumentPicker',
    since: '4.0',
    category: 'input',
    doc:
      'Lets the user choose files to upload. One PhotoPicker or DocumentPicker per screen in total; its value cannot go ' +
      'into a navigate payload or a Form\'s init-values.',
    input: true,
    named: true,
    primary: 'label',
    properties: [
      { name: 'label', type: 'string', required: true, dynamic: true, maxChars: 80, doc: 'Heading of the picker.' },
      { name: 'description', type: 'string', dynamic: true, maxChars: 300, doc: 'Text under the label.' },
      {
        name: 'allowed-mime-types',
        type: 'enum-array',
        values: DOCUMENT_MIME_TYPES,
        doc: 'File types the user may choose (all listed types when absent).',
      },
      {
        name: 'max-file-size-kb',
        type: 'integer',
        min: 1,
        max: 25600,
        default: 25600,
        doc: 'Largest file in KiB.',
      },
      {
        name: 'min-uploaded-documents',
        type: 'integer',
        min: 0,
        max: 30,
        default: 0,
        doc: 'Fewest files; 0 makes the picker optional. Not above max-uploaded-documents.',
      },
      {
        name: 'max-uploaded-documents',
        type: 'integer',
        min: 1,
        max: 30,
        default: 30,
        doc: 'Most files. In a complete payload all pickers together may send at most 10 files.',
      },
      {
        name: 'error-message',
        type: 'string-or-object',
        dynamic: true,
        outsideFormOnly: true,
        doc: 'Error text, or an object from media id to message. Only outside a Form.',
      },
      enabled,
      visible,
    ],
    placement: anywhere,
    maxPerScreen: 1,
  },
  {
    type: 'OptIn',
    since: '2.1',
    category: 'input',
    doc:
      'A single checkbox for consent, such as agreeing to terms; its value is a boolean. An on-click-action adds a ' +
      '"Read more" link.',
    input: true,
    named: true,
    primary: 'label',
    mainAction: 'on-click-action',
    properties: [
      { name: 'label', type: 'string', required: true, dynamic: true, maxChars: 120, doc: 'Text next to the checkbox (not blank).' },
      requiredFlag,
      initValue('2.1', 'boolean', 'Whether the box starts ticked.'),
      visible,
      {
        name: 'on-click-action',
        type: 'action',
        actions: [act('navigate'), act('data_exchange'), act('open_url', '6.0')],
        doc: 'Runs from the "Read more" link, e.g. to show the terms.',
      },
      {
        name: 'on-select-action',
        type: 'action',
        since: '6.0',
        actions: selectUpdateData,
        doc: 'Runs when the box is ticked (update_data only; payload required).',
      },
      {
        name: 'on-unselect-action',
        type: 'action',
        since: '6.0',
        actions: selectUpdateData,
        doc: 'Runs when the box is unticked (update_data only; payload required).',
      },
    ],
    placement: anywhere,
    maxPerScreen: 5,
  },

  // ---- Actions -------------------------------------------------------------------------------------
  {
    type: 'Footer',
    since: '2.1',
    category: 'action',
    doc:
      'The button at the bottom of the screen that moves the Flow on. Every terminal screen needs one. Inside an If it ' +
      'is allowed only in a top-level If and then both branches need one; in a Switch every case needs one.',
    input: false,
    named: false,
    primary: 'label',
    mainAction: 'on-click-action',
    properties: [
      { name: 'label', type: 'string', required: true, dynamic: true, maxChars: 35, doc: 'Button text (not blank).' },
      {
        name: 'left-caption',
        type: 'string',
        dynamic: true,
        maxChars: 15,
        pairedWith: ['right-caption'],
        doc: 'Small text left above the button; only together with right-caption.',
      },
      {
        name: 'center-caption',
        type: 'string',
        dynamic: true,
        maxChars: 15,
        excludes: ['left-caption', 'right-caption'],
        doc: 'Small text centred above the button; not together with left/right captions.',
      },
      {
        name: 'right-caption',
        type: 'string',
        dynamic: true,
        maxChars: 15,
        pairedWith: ['left-caption'],
        doc: 'Small text right above the button; only together with left-caption.',
      },
      enabled,
      {
        name: 'on-click-action',
        type: 'action',
        required: true,
        actions: [act('navigate'), act('data_exchange'), act('complete')],
        doc: 'What the button does: go to a screen, ask the endpoint, or finish the Flow (terminal screens).',
      },
    ],
    placement: anywhere,
    maxPerScreen: 1,
  },
  {
    type: 'EmbeddedLink',
    since: '2.1',
    category: 'action',
    doc: 'A tappable line of link text inside the screen that runs an action; it cannot finish the Flow.',
    input: false,
    named: false,
    primary: 'text',
    mainAction: 'on-click-action',
    properties: [
      { name: 'text', type: 'string', required: true, dynamic: true, maxChars: 25, doc: 'Link text (not blank).' },
      visible,
      {
        name: 'on-click-action',
        type: 'action',
        required: true,
        actions: [act('navigate'), act('data_exchange'), act('open_url', '6.0')],
        doc: 'What the link does: go to a screen, ask the endpoint, or open a web page.',
      },
    ],
    placement: anywhere,
    maxPerScreen: 2,
  },

  // ---- Media ---------------------------------------------------------------------------------------
  {
    type: 'Image',
    since: '2.1',
    category: 'media',
    doc: 'A picture embedded as base64 (JPEG or PNG), sized by width, height or aspect-ratio.',
    input: false,
    named: false,
    properties: [
      {
        name: 'src',
        type: 'string',
        required: true,
        dynamic: true,
        doc: 'Base64-encoded image data (no URL); around 300 KB at most is recommended.',
      },
      { name: 'width', type: 'number', dynamic: true, doc: 'Width in display pixels.' },
      { name: 'height', type: 'number', dynamic: true, doc: 'Height in display pixels.' },
      {
        name: 'scale-type',
        type: 'enum',
        values: ['cover', 'contain'],
        default: 'contain',
        doc: 'cover fills the box and may crop; contain shows the whole image.',
      },
      { name: 'aspect-ratio', type: 'number', dynamic: true, default: 1, doc: 'Width divided by height.' },
      { name: 'alt-text', type: 'string', dynamic: true, doc: 'Accessibility text describing the image.' },
      visible,
    ],
    placement: anywhere,
    maxPerScreen: 3,
  },
  {
    type: 'ImageCarousel',
    since: '7.1',
    category: 'media',
    doc: 'Up to three base64 images the user swipes through. At most 2 per screen and 3 per Flow; not inside If or Switch.',
    input: false,
    named: false,
    properties: [
      {
        name: 'images',
        type: 'items',
        required: true,
        dynamic: true,
        minItems: 1,
        maxItems: 3,
        item: [
          { name: 'src', type: 'string', required: true, doc: 'Base64-encoded image data (checked by Meta).' },
          { name: 'alt-text', type: 'string', required: true, doc: 'Accessibility text describing the image.' },
        ],
        doc: 'The images: a list, or a ${data.x} binding to an array of images.',
      },
      {
        name: 'aspect-ratio',
        type: 'enum',
        values: ['4:3', '16:9'],
        default: '4:3',
        doc: 'Shape of the carousel frame.',
      },
      {
        name: 'scale-type',
        type: 'enum',
        values: ['contain', 'cover'],
        default: 'contain',
        doc: 'cover fills the frame and may crop; contain shows the whole image.',
      },
      visible,
    ],
    placement: { form: true, if: false, switch: false },
    maxPerScreen: 2,
    maxPerFlow: 3,
  },

  // ---- Navigation ----------------------------------------------------------------------------------
  {
    type: 'NavigationList',
    since: '6.2',
    category: 'navigation',
    doc:
      'A menu of rich rows, each leading somewhere when tapped. Its screen may hold only NavigationLists (at most 2, ' +
      'optionally in a Form) and must not be terminal. on-click-action goes either on the list or on every item, never both.',
    input: false,
    named: true,
    primary: 'label',
    mainAction: 'on-click-action',
    properties: [
      { name: 'label', type: 'string', dynamic: true, maxChars: 80, doc: 'Heading above the list.' },
      { name: 'description', type: 'string', dynamic: true, maxChars: 300, doc: 'Text under the heading.' },
      {
        name: 'media-size',
        type: 'enum',
        values: ['regular', 'large'],
        default: 'regular',
        doc: 'Size of the start images; items may not have an end add-on when large.',
      },
      {
        name: 'list-items',
        type: 'items',
        required: true,
        dynamic: true,
        minItems: 1,
        maxItems: 20,
        item: [
          { name: 'id', type: 'string', required: true, doc: 'Identifies the row (not blank).' },
          {
            name: 'main-content',
            type: 'object',
            required: true,
            fields: [
              { name: 'title', type: 'string', required: true, maxChars: 30, doc: 'Main text of the row.' },
              { name: 'description', type: 'string', maxChars: 20, doc: 'Line under the title.' },
              { name: 'metadata', type: 'string', maxChars: 80, doc: 'Extra line under the description.' },
            ],
            doc: 'The row’s texts.',
          },
          {
            name: 'start',
            type: 'object',
            fields: [
              { name: 'image', type: 'string', required: true, doc: 'Base64 image, at most 100 KB.' },
              { name: 'alt-text', type: 'string', doc: 'Accessibility text for the image.' },
            ],
            doc: 'Image at the start of the row.',
          },
          {
            name: 'end',
            type: 'object',
            minFields: 1,
            maxFields: 2,
            notWhenComponent: { property: 'media-size', values: ['large'] },
            fields: [
              { name: 'title', type: 'string', maxChars: 10, doc: 'Short text at the end.' },
              { name: 'description', type: 'string', maxChars: 10, doc: 'Line under the end title.' },
              { name: 'metadata', type: 'string', maxChars: 10, doc: 'Extra end line.' },
            ],
            doc: 'Texts at the end of the row: one or two of title, description, metadata. Not with media-size large.',
          },
          { name: 'badge', type: 'string', maxChars: 15, maxPerList: 1, doc: 'Highlight label; at most one item of the list may have one.' },
          {
            name: 'tags',
            type: 'string-array',
            minItems: 1,
            maxItems: 3,
            maxChars: 15,
            doc: 'Small labels on the row; each at most 15 characters.',
          },
          {
            name: 'on-click-action',
            type: 'action',
            actions: [act('navigate'), act('data_exchange')],
            doc: 'What tapping this row does; then every item needs one and the list none.',
          },
          { name: 'enabled', type: 'boolean', doc: 'Static. When false the row cannot be tapped.' },
        ],
        doc: 'The rows: a list, or a ${data.x} binding to an array of rows.',
      },
      {
        name: 'on-click-action',
        type: 'action',
        actions: [act('navigate'), act('data_exchange')],
        requiredUnlessOnEvery: 'list-items',
        doc: 'What tapping any row does; then no item may have its own.',
      },
    ],
    placement: { form: true, if: false, switch: false },
    maxPerScreen: 2,
  },

  // ---- Structure -----------------------------------------------------------------------------------
  {
    type: 'Form',
    since: '2.1',
    category: 'structure',
    doc:
      'Groups input components and can set their initial values and errors in one place. Before 4.0 every input must ' +
      'be inside one; from 4.0 it is optional, but when a screen has a Form no input may sit outside it. ' +
      'At most 1 per screen from 7.0 (Meta skips that cap on screens with an If or Switch).',
    input: false,
    named: true,
    properties: [
      {
        name: 'init-values',
        type: 'object',
        dynamic: true,
        doc: 'Initial values by input name; types checked from 7.0. Pickers cannot be initialised.',
      },
      {
        name: 'error-messages',
        type: 'object',
        dynamic: true,
        doc: 'Error texts by input name.',
      },
    ],
    children: 'children',
    placement: topLevelOnly,
    maxPerScreen: 1,
    maxPerScreenSince: '7.0',
  },
  {
    type: 'If',
    since: '4.0',
    category: 'structure',
    doc:
      'Shows its then components when the condition holds and its else components otherwise. Ifs nest at most 3 deep. ' +
      'A Footer in then needs one in else.',
    input: false,
    named: false,
    properties: [
      {
        name: 'condition',
        type: 'string',
        required: true,
        dynamic: true,
        doc: 'Boolean expression over ${…} bindings, or from 6.0 a backtick expression.',
      },
    ],
    children: 'branches',
    placement: { form: true, if: true, switch: false },
  },
  {
    type: 'Switch',
    since: '4.0',
    category: 'structure',
    doc:
      'Shows the components of the case whose key equals the value. Cases may not hold If or Switch; a Footer in one ' +
      'case needs one in every case.',
    input: false,
    named: false,
    properties: [
      {
        name: 'value',
        type: 'string',
        required: true,
        dynamic: true,
        doc: 'A ${…} binding (or from 6.0 a backtick expression) whose value picks the case.',
      },
    ],
    children: 'cases',
    placement: { form: true, if: true, switch: false },
  },
];

// ---------------------------------------------------------------------------------------------------
// One shape per kind of entry

/**
 * The entries above are literals with different sets of keys. Every rule reads their fields for every
 * component it looks at, and reads over objects of many shapes are slow in V8 (megamorphic). So each
 * entry is rebuilt once, here, with every key in one order (absent ones undefined). An object literal,
 * not a spread over a template: a spread copies the source's shape. `Every<T>` makes leaving out a key
 * of the type a compile error.
 */
type Every<T> = { readonly [K in keyof Required<T>]: T[K] };

function uniformComponent(c: ComponentSpec): ComponentSpec {
  const u: Every<ComponentSpec> = {
    type: c.type,
    since: c.since,
    category: c.category,
    doc: c.doc,
    input: c.input,
    named: c.named,
    primary: c.primary,
    mainAction: c.mainAction,
    properties: c.properties.map(uniformProperty),
    children: c.children,
    placement: c.placement,
    maxPerScreen: c.maxPerScreen,
    maxPerScreenSince: c.maxPerScreenSince,
    maxPerFlow: c.maxPerFlow,
  };
  return u;
}

/** Shared specs (visible, enabled, …) stay shared: one uniform copy each. */
const UNIFORM = new Map<PropertySpec, PropertySpec>();

function uniformProperty(p: PropertySpec): PropertySpec {
  const known = UNIFORM.get(p);
  if (known) return known;
  const u: Every<PropertySpec> = {
    name: p.name,
    type: p.type,
    doc: p.doc,
    required: p.required,
    requiredSince: p.requiredSince,
    dynamic: p.dynamic,
    bindingOnly: p.bindingOnly,
    since: p.since,
    values: p.values,
    valuesSince: p.valuesSince,
    maxChars: p.maxChars,
    min: p.min,
    max: p.max,
    minItems: p.minItems,
    maxItems: p.maxItems,
    arrayText: p.arrayText,
    actions: p.actions,
    item: p.item?.map(uniformProperty),
    fields: p.fields?.map(uniformProperty),
    outsideFormOnly: p.outsideFormOnly,
    rangeModeOnly: p.rangeModeOnly,
    default: p.default,
    pairedWith: p.pairedWith,
    excludes: p.excludes,
    requires: p.requires,
    onlyWhen: p.onlyWhen,
    notInListWith: p.notInListWith,
    maxItemsWith: p.maxItemsWith,
    formValueNumberWhen: p.formValueNumberWhen,
    minFields: p.minFields,
    maxFields: p.maxFields,
    maxPerList: p.maxPerList,
    notWhenComponent: p.notWhenComponent,
    requiredUnlessOnEvery: p.requiredUnlessOnEvery,
  };
  UNIFORM.set(p, u);
  return u;
}

export const COMPONENTS: readonly ComponentSpec[] = CATALOGUE.map(uniformComponent);

// ---------------------------------------------------------------------------------------------------
// Lookups

const BY_TYPE: ReadonlyMap<string, ComponentSpec> = new Map(COMPONENTS.map((c) => [c.type, c]));

/** Property maps, built on first lookup per component object. */
const PROPS = new WeakMap<ComponentSpec, ReadonlyMap<string, PropertySpec>>();

/** Every component type, in catalogue order. */
export const COMPONENT_TYPES: readonly string[] = COMPONENTS.map((c) => c.type);

/** Every action of Flow JSON, in the order the language reference lists them. */
export const ACTION_NAMES: readonly ActionName[] = ['navigate', 'complete', 'data_exchange', 'update_data', 'open_url'];

/** The catalogue entry for a Flow JSON `type`, or undefined for an unknown type. */
export function componentSpec(type: string): ComponentSpec | undefined {
  return BY_TYPE.get(type);
}

/** The spec named `name` among a property's item or field specs (a handful: a loop, not a map). */
export function specNamed(specs: readonly PropertySpec[] | undefined, name: string): PropertySpec | undefined {
  if (specs) for (const s of specs) if (s.name === name) return s;
  return undefined;
}

/** A listed property of a component (never `type` or `name`, which are implied). */
export function propertySpec(component: ComponentSpec, name: string): PropertySpec | undefined {
  let byName = PROPS.get(component);
  if (!byName) {
    byName = new Map(component.properties.map((p) => [p.name, p]));
    PROPS.set(component, byName);
  }
  return byName.get(name);
}
