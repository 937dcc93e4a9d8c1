import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const packageCss = readFileSync(
  require.resolve('@cloudscape-design/global-styles/index.css'),
  'utf8',
);
const normalizeCss = readFileSync(
  require.resolve('normalize.css/normalize.css'),
  'utf8',
);
const ownDir = new URL('./', import.meta.url);
const fontsCss = readFileSync(new URL('open-sans.css', ownDir), 'utf8');
const globalCss = readFileSync(new URL('global-styles.css', ownDir), 'utf8');

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

function declaration(block: string, property: string): string | undefined {
  return new RegExp(`${property}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
}

/** The package's faces: weight and style, with their decoded bytes. */
function packageFaces() {
  return [...packageCss.matchAll(FONT_FACE)].map(([block]) => ({
    weight: declaration(block, 'font-weight'),
    style: declaration(block, 'font-style'),
    bytes: Buffer.from(/base64,([^'")]+)/.exec(block)?.[1] ?? '', 'base64'),
  }));
}

/** CSS without comments and with whitespace collapsed, for comparison. */
function bare(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,])\s*/g, '$1')
    .trim();
}

describe('global styles without inlined fonts', () => {
  it('serves every face of the package, byte for byte, as a woff2 file', () => {
    const faces = packageFaces();
    const own = [...fontsCss.matchAll(FONT_FACE)].map(([block]) => block);

    expect(faces).toHaveLength(8);
    expect(own).toHaveLength(faces.length);
    for (const face of faces) {
      const block = own.find(
        (candidate) =>
          declaration(candidate, 'font-weight') === face.weight &&
          declaration(candidate, 'font-style') === face.style,
      );
      const file = block && /url\('\.\/([^']+)'\)/.exec(block)?.[1];
      expect(file, `${face.weight} ${face.style}`).toBeDefined();
      expect(readFileSync(new URL(file ?? '', ownDir))).toEqual(face.bytes);
      expect(declaration(block ?? '', 'font-family')).toBe("'Open Sans'");
    }
  });

  it('keeps every other rule of the package: normalize.css and the dark color scheme', () => {
    const packageRules = bare(packageCss.replace(FONT_FACE, ''));
    const ownRules = bare(globalCss.replace(/@import[^;]+;/g, ''));

    expect(packageRules).toBe(bare(normalizeCss) + ownRules);
  });
});
