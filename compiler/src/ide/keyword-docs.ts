// Words of the language that are not in the component catalogue: the actions, the flow header's
// settings and the structural keywords. The catalogue says which action a slot accepts from which
// version; what each action does, and what each setting means, is said here (docs/language.md says
// the same in prose). Both tables are keyed by the compiler's own lists, so a new action or setting
// without words here is a type error.
import type { ActionName } from '../catalog/types.js';
import { SETTING_NAMES, type SettingName } from '../semantics/settings.js';

export const ACTION_DOCS: Readonly<Record<ActionName, string>> = {
  navigate:
    'Goes to another screen of the Flow: `navigate SCREEN { field: value }`. The payload carries exactly the data fields of the next screen.',
  complete:
    'Ends the Flow and sends the payload to the business: `complete { answer: form.answer }`. Without a payload none is sent.',
  data_exchange:
    'Sends the payload to the Flow’s endpoint, which answers with the next screen and its data (endpoint Flows only).',
  update_data: 'Changes the current screen’s data without leaving it: `update_data { show_address: true }`.',
  open_url: 'Opens a web page in the browser: `open_url "https://…"`.',
};


export interface SettingDoc {
  readonly name: SettingName;
  readonly doc: string;
  /** The values it takes, as written after the name (strings with their quotes). */
  readonly values?: readonly string[];
  /** Written alone too (`endpoint`): then another setting may follow the name. */
  readonly flag?: boolean;
}

const SETTINGS: Readonly<Record<SettingName, Omit<SettingDoc, 'name'>>> = {
  version: { doc: 'The Flow JSON version the Flow targets: `version "7.3"` (the default).' },
  endpoint: {
    doc: 'The Flow talks to the business endpoint: `data_api_version` "3.0", or `endpoint "4.0"` (Flow JSON 7.3 and later).',
    values: ['"3.0"', '"4.0"'],
    flag: true,
  },
  limits: {
    doc: 'Which limits apply: `"default"` (8 screens, 30 components per screen) or `"meta"` (Meta’s 100 and 50). `--limits` on the command line wins.',
    values: ['"default"', '"meta"'],
  },
  data_channel_uri: {
    doc: 'The endpoint URL, for Flow JSON versions before 3.0 only; later versions set it in Meta’s Flow settings.',
  },
  routing_model: {
    doc: 'Writes `routing_model` even without an endpoint: `"all"` (every screen, the default) or `"sparse"` (only screens with routes).',
    values: ['"all"', '"sparse"'],
    flag: true,
  },
};

export const SETTING_DOCS: readonly SettingDoc[] = SETTING_NAMES.map((name) => ({ name, ...SETTINGS[name] }));

export function settingDoc(name: string): SettingDoc | undefined {
  return SETTING_DOCS.find((s) => s.name === name);
}

/** Members of a screen block that are keywords, not components or properties. */
export const SCREEN_KEYWORD_DOCS: Readonly<Record<'data' | 'routes', string>> = {
  data: 'The screen’s data model: `data { name = "example" }`. Each field has a type (written, or inferred from its example).',
  routes: 'Screens the endpoint may send the user to from this screen: `routes A, B` (endpoint Flows).',
};
