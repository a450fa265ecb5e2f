// Images are embedded as base64 data, never URLs: Image `src`, ImageCarousel `images[].src`, data-source
// item `image` and NavigationList `start.image`, when written as a literal. Meta: INVALID_PROPERTY_VALUE_FORMAT
// (schema-level base64 content encoding) and, for ImageCarousel, INVALID_PROPERTY_VALUE ("Image source is
// not in a valid base64 format.", spec §0).
import type * as A from '../ast.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Check, CheckContext } from './check.js';
import { forEachItemField, isStaticString } from './values.js';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const base64Images: Check = (ctx) => {
  let type: string; // the type of the component being walked
  // one visitor for the whole flow, not a closure per component
  const visit = (field: string, value: A.Value, list: string): void => {
    if (type === 'ImageCarousel' && field === 'src') check(ctx, 'FLOW3028', value, 'src', 'ImageCarousel images');
    else if (field === 'image') check(ctx, 'FLOW3027', value, 'image', `${type} ${list} item`);
    else if (field === 'start' && value.kind === 'Object') {
      const image = value.entries.find((e) => e.key.name === 'image');
      if (image) check(ctx, 'FLOW3027', image.value, 'image', `${type} ${list} start`);
    }
  };
  for (const screen of ctx.flow.screens) {
    for (const use of screen.components) {
      if (use.node.kind !== 'Component') continue;
      type = use.node.type.name;
      if (type === 'Image') check(ctx, 'FLOW3027', use.properties.get('src')?.value, 'src', 'Image');
      forEachItemField(use, visit);
    }
  }
};

function check(ctx: CheckContext, code: DiagnosticCode, value: A.Value | undefined, property: string, owner: string): void {
  // an empty string is valid base64 (no bytes); from 6.0 blank-strings reports it as empty
  if (!isStaticString(value) || value.value.length === 0) return;
  const text = value.value;
  if (BASE64.test(text)) return;
  const dataUrl = /^data:[^,]*;base64,(.*)$/s.exec(text);
  let reason: string;
  let fix: string | undefined;
  if (/^https?:\/\//i.test(text)) reason = 'it is a URL; WhatsApp shows only images embedded as base64 data';
  else if (dataUrl) {
    reason = 'it starts with a data: URL prefix';
    if (dataUrl[1] && BASE64.test(dataUrl[1])) fix = dataUrl[1];
  } else if (/\s/.test(text)) reason = 'it contains white space';
  else if (/[^A-Za-z0-9+/=]/.test(text)) reason = 'it contains characters that base64 does not use';
  else reason = 'its length or padding is not that of base64 data';
  ctx.report(code, value.span, { property, owner, reason }, {
    help: fix ? 'keep only the base64 data after "base64,"' : 'encode the image file as base64 (e.g. `base64 -w0 photo.png`) and paste the result',
    ...(fix ? { fixes: [{ title: 'Remove the data: URL prefix', edits: [{ span: value.span, newText: `"${fix}"` }] }] } : {}),
  });
}
