// open_url opens an absolute URL: a scheme (https:), no spaces. Meta: INVALID_PROPERTY_VALUE_FORMAT
// ("Property 'url' should be in 'uri' format.").
import { atLeast } from '../catalog/versions.js';
import type { Check } from './check.js';
import { isStaticString } from './values.js';

export const validUrls: Check = ({ flow, report }) => {
  if (!atLeast(flow.settings.version, '6.0')) return; // open_url arrived in 6.0 (FLOW7005 before)
  for (const screen of flow.screens) {
    for (const { action } of screen.actions) {
      if (action.name !== 'open_url' || !isStaticString(action.url)) continue;
      const url = action.url.value;
      const reason = urlProblem(url);
      if (!reason) continue;
      const guess = /^(www\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(\/\S*)?$/.test(url) ? `https://${url}` : undefined;
      const fix = guess && !urlProblem(guess) ? guess : undefined;
      report('FLOW3029', action.url.span, { value: url, reason }, {
        ...(fix ? { help: `did you mean "${fix}"?`, fixes: [{ title: `Write "${fix}"`, edits: [{ span: action.url.span, newText: `"${fix}"` }] }] } : {}),
      });
    }
  }
};

/** Why a URL is not one open_url can open, in words; undefined for a good one. */
export function urlProblem(url: string): string | undefined {
  if (url.length === 0) return 'it is empty';
  if (/\s/.test(url)) return 'it contains white space (write %20 for a space)';
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url)) return 'it has no scheme such as https://';
  return URL.canParse(url) ? undefined : 'it is not a well-formed URL';
}
