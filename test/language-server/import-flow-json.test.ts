// whatsappFlow/importFlowJson: Flow JSON text as .flow text, as flowc import writes it; or, when that
// cannot be lossless, the reasons with their line and column in the JSON.
import { describe, expect, test } from 'vitest';
import { compile, importFlowJson } from '../../compiler/src/index.js';
import { serverForFile, TestClient } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const FLOW_JSON = `{
  "version": "7.3",
  "screens": [
    {
      "id": "WELCOME",
      "title": "Welcome",
      "terminal": true,
      "layout": {
        "type": "SingleColumnLayout",
        "children": [
          { "type": "TextHeading", "text": "Hello" },
          { "type": "Footer", "label": "Done", "on-click-action": { "name": "complete", "payload": {} } }
        ]
      }
    }
  ]
}
`;

describe('import Flow JSON', () => {
  test('the .flow text flowc import writes, which builds back to the same Flow JSON', async () => {
    const result = await client.request<{ text?: string; errors?: number }>('whatsappFlow/importFlowJson', { json: FLOW_JSON, name: 'welcome' });
    expect(result.text).toBe(importFlowJson(FLOW_JSON, { name: 'welcome' }).text);
    expect(result.text).toContain('flow welcome');
    expect(result.errors).toBe(0);
    expect(JSON.parse(compile(result.text!).json!)).toEqual(JSON.parse(FLOW_JSON));
  });

  test('JSON that is not Flow JSON: the problems, with line and column', async () => {
    const result = await client.request<{ text?: string; problems?: string[] }>('whatsappFlow/importFlowJson', { json: '{ "version": "7.3", ' });
    expect(result.text).toBeUndefined();
    expect(result.problems!.length).toBeGreaterThan(0);
    expect(result.problems![0]).toMatch(/^1:\d+ /);
  });
});
