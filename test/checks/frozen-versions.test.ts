// A flow that targets a version Meta has frozen (2.1–5.0) gets a warning with a fix to the newest one.
import { describe, expect, test } from 'vitest';
import { compile } from '../../compiler/src/index.js';
import { diagnose, screen } from './helpers.js';

describe('frozen versions', () => {
  test('version "4.0" is frozen; the fix targets 7.3', () => {
    const src = screen('  TextBody "Hi"', 'flow t { version "4.0" }');
    expect(diagnose(src)).toEqual([
      expect.objectContaining({ code: 'FLOW7006', at: '"4.0"', meta: 'UNSUPPORTED_FLOW_JSON_VERSION' }),
    ]);
    const fix = compile(src).diagnostics[0]!.fixes![0]!;
    expect(fix.edits).toEqual([{ span: expect.anything(), newText: '"7.3"' }]);
    // a frozen version still compiles: the warning does not stop the build
    expect(compile(src).json).toContain('"version": "4.0"');
  });

  test('5.0 is the last frozen version, 5.1 is publishable, and no version at all means 7.3', () => {
    expect(diagnose(screen('  TextBody "Hi"', 'flow t { version "5.0" }')).map((d) => d.code)).toEqual(['FLOW7006']);
    expect(diagnose(screen('  TextBody "Hi"', 'flow t { version "5.1" }'))).toEqual([]);
    expect(diagnose(screen('  TextBody "Hi"', ''))).toEqual([]);
  });
});
