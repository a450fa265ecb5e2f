// What several test files share about flows and fixtures.
import { readFileSync } from 'node:fs';

/**
 * Every component type and action of Flow JSON 2.1–7.3 (the spec's list), written out here rather than
 * taken from the catalogue: the samples and the docs are checked against the spec, not against the code.
 */
export const ALL_COMPONENTS = [
  'TextHeading', 'TextSubheading', 'TextBody', 'TextCaption', 'RichText', 'TextInput', 'TextArea',
  'CheckboxGroup', 'RadioButtonsGroup', 'Dropdown', 'Footer', 'OptIn', 'EmbeddedLink', 'DatePicker',
  'CalendarPicker', 'Image', 'ImageCarousel', 'NavigationList', 'ChipsSelector', 'PhotoPicker',
  'DocumentPicker', 'Form', 'If', 'Switch',
];
export const ALL_ACTIONS = ['navigate', 'complete', 'data_exchange', 'update_data', 'open_url'];

/** A fixture file, with LF line endings whatever git did to it on checkout. */
export function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
}
