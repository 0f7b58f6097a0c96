import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateFonts } from '../../src/tools/templateFonts';

describe('fonts for the header and footer templates (src/tools/templateFonts.ts)', () => {
  it('adds the built font files to the system fonts through a fontconfig file, and cleans up', () => {
    const assets = fs.mkdtempSync(path.join(os.tmpdir(), 'assets-'));
    fs.writeFileSync(path.join(assets, 'SourceSans3_400Regular.abc123.ttf'), 'font');
    fs.writeFileSync(path.join(assets, 'style.css'), 'css');
    const fonts = templateFonts(assets);
    try {
      if (!fs.existsSync('/etc/fonts/fonts.conf') && !fs.existsSync('/usr/local/etc/fonts/fonts.conf')) {
        expect(fonts.env, 'no fontconfig on this system: nothing to add').toEqual({});
        return;
      }
      expect(fonts.files).toEqual(['SourceSans3_400Regular.abc123.ttf']);
      const conf = fs.readFileSync(fonts.env.FONTCONFIG_FILE!, 'utf8');
      expect(conf).toMatch(/<include ignore_missing="yes">\/(usr\/local\/)?etc\/fonts\/fonts\.conf<\/include>/);
      const dir = conf.match(/<dir>([^<]+)<\/dir>/)![1]!;
      expect(fs.readdirSync(dir), 'only the fonts are linked').toEqual(['SourceSans3_400Regular.abc123.ttf']);
    } finally {
      fonts.cleanup();
      fs.rmSync(assets, { recursive: true });
    }
    expect(fonts.env.FONTCONFIG_FILE && fs.existsSync(fonts.env.FONTCONFIG_FILE)).toBeFalsy();
  });

  it('adds nothing when the build has no font files', () => {
    expect(templateFonts(path.join(os.tmpdir(), 'no-such-dir-intermestic')).env).toEqual({});
  });
});
