// The whatsappFlow.limits setting: compile's defaultLimits, read with workspace/configuration, or from
// initializationOptions when the client cannot be asked; a `limits` line in the file wins.
import { describe, expect, test } from 'vitest';
import { serverPerTest, uri } from './client.js';
import { nineScreens } from './flows.js';

const start = serverPerTest();

describe('whatsappFlow.limits', () => {
  test('nine screens are an error with the default limits', async () => {
    const client = await start({});
    const diagnostics = await client.open(uri('nine'), nineScreens());
    expect(diagnostics.map((d) => d.code)).toEqual(['FLOW6001']);
  });

  test('and none with "meta" from workspace/configuration', async () => {
    const client = await start({ settings: { whatsappFlow: { limits: 'meta' } } });
    expect(await client.open(uri('nine'), nineScreens())).toEqual([]);
  });

  test('the file\'s own limits setting wins over the editor setting', async () => {
    const client = await start({ settings: { whatsappFlow: { limits: 'meta' } } });
    const diagnostics = await client.open(uri('nine'), nineScreens('version "7.3", limits "default"'));
    expect(diagnostics.map((d) => d.code)).toEqual(['FLOW6001']);
  });

  test('a changed setting re-publishes the open documents', async () => {
    const client = await start({ settings: { whatsappFlow: { limits: 'default' } } });
    const doc = uri('nine');
    expect(await client.open(doc, nineScreens())).toHaveLength(1);
    const republished = client.waitFor((p) => p.uri === doc && p.diagnostics.length === 0);
    await client.changeSettings({ whatsappFlow: { limits: 'meta' } });
    expect((await republished).diagnostics).toEqual([]);
  });

  test('from initializationOptions when the client has no workspace/configuration', async () => {
    const client = await start({ configuration: false, initializationOptions: { whatsappFlow: { limits: 'meta' } } });
    expect(await client.open(uri('nine'), nineScreens())).toEqual([]);
  });

  test('an unknown value means the default', async () => {
    const client = await start({ settings: { whatsappFlow: { limits: 'huge' } } });
    expect((await client.open(uri('nine'), nineScreens())).map((d) => d.code)).toEqual(['FLOW6001']);
  });
});
