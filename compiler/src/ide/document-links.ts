// Document links: the URL of each `open_url "https://…"`, for the editor to open on Ctrl+click. Only URLs
// open_url can open (the FLOW3029 rule); a string with escapes is left out, since its text is not the URL.
import { urlProblem } from '../checks/valid-urls.js';
import { isStaticString } from '../checks/values.js';
import type { Analysis, DocumentLink } from './types.js';

export function documentLinks(analysis: Analysis): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const screen of analysis.flow.screens) {
    for (const { action } of screen.actions) {
      const url = action.url;
      if (action.name !== 'open_url' || !isStaticString(url) || urlProblem(url.value)) continue;
      const inside = { start: url.span.start + 1, end: url.span.end - 1 };
      if (analysis.text.slice(inside.start, inside.end) === url.value) links.push({ span: inside, target: url.value });
    }
  }
  return links;
}
