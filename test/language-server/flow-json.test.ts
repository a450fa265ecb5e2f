// whatsappFlow/flowJson: the Flow JSON of an open document, exactly as compile (and flowc build) makes it;
// for a flow with errors, how many errors stand in the way.
import { describe, expect, test } from 'vitest';
import { compile } from '../../compiler/src/index.js';
import { flow, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const GOOD = flow`
  flow hello { version "7.3" }

  screen WELCOME "Welcome" {
    terminal
    TextHeading "Hello"
    Footer "Done" -> complete
  }
`;

describe('Flow JSON of a document', () => {
  test('is what compile writes', async () => {
    const doc = uri('flow-json');
    await client.open(doc, GOOD);
    const result = await client.request<{ json?: string }>('whatsappFlow/flowJson', { uri: doc });
    expect(result.json).toBe(compile(GOOD).json);
  });

  test('a flow with errors has none: the count of errors instead', async () => {
    const doc = uri('flow-json-broken');
    const broken = GOOD.replace('TextHeading', 'TextHeadin').replace('-> complete', '-> navigate NOWHERE');
    await client.open(doc, broken);
    const errors = compile(broken).diagnostics.filter((d) => d.severity === 'error').length;
    expect(errors).toBeGreaterThan(1);
    expect(await client.request('whatsappFlow/flowJson', { uri: doc })).toEqual({ errors });
  });

  test('a document that is not open: null', async () => {
    expect(await client.request('whatsappFlow/flowJson', { uri: uri('never-opened') })).toBeNull();
  });
});
