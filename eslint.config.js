import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layering of DESIGN.md, enforced with no-restricted-imports:
// model <- draft, aws, ui <- features <- app; cli sits on model alone.
// ui holds browser pieces that several features show (Monaco's setup, the
// dark mode hook, downloads).
// ESLint does not merge the options of one rule across config objects, so
// every file under src/ must match exactly one of the layer blocks below.
const RULE = '@typescript-eslint/no-restricted-imports';
const LAYERS = ['model', 'draft', 'aws', 'ui', 'features', 'app', 'cli'];
const TESTS = ['**/*.test.{ts,tsx}', '**/*.test-d.ts'];

const featuresDir = join(import.meta.dirname, 'src/features');
const featureNames = [
  ...new Set([
    'editor',
    'register',
    'revisions',
    ...(existsSync(featuresDir)
      ? readdirSync(featuresDir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
      : []),
  ]),
];

/** Forbids relative paths that climb out of a layer into `<name>/`. */
function climbInto(names, message) {
  return { regex: `^(\\.\\./)+(${names.join('|')})(/|$)`, message };
}

/** Forbids `@/<name>` and relative paths that climb into `<name>/`. */
function forbidLayers(names, message) {
  return [
    { group: names.flatMap((name) => [`@/${name}`, `@/${name}/**`]), message },
    climbInto(names, message),
  ];
}

function layer(files, patterns, ignores = []) {
  return { files, ignores, rules: { [RULE]: ['error', { patterns }] } };
}

const others = (name) => LAYERS.filter((other) => other !== name);

/** Anything but the given packages, `@/model` and relative paths. */
function modelAllowlist(packages, message) {
  const allowed = [...packages, '@/model', '\\.{1,2}'].join('|');
  return { regex: `^(?!(${allowed})(/|$))`, message };
}

const MODEL_ONLY =
  'src/model is the base layer: it may import only zod, jsonc-parser, microdiff and itself (DESIGN.md).';
const MODEL_TEST_ONLY =
  'Tests of src/model may import only vitest, fast-check, node: modules, zod, jsonc-parser and the model.';

const modelLayer = [
  layer(
    ['src/model/**'],
    [
      climbInto(others('model'), MODEL_ONLY),
      // microdiff: the structural diff behind the compare view's change summary.
      modelAllowlist(['zod', 'jsonc-parser', 'microdiff'], MODEL_ONLY),
    ],
    TESTS,
  ),
  layer(
    ['src/model/**/*.test.{ts,tsx}'],
    [
      climbInto(others('model'), MODEL_TEST_ONLY),
      modelAllowlist(
        ['zod', 'jsonc-parser', 'vitest', 'fast-check', 'node:.*'],
        MODEL_TEST_ONLY,
      ),
    ],
  ),
  // The type test proves the model against the SDK's input type; the SDK
  // must never reach the model at run time, so only `import type` passes.
  layer(
    ['src/model/**/*.test-d.ts'],
    [
      climbInto(others('model'), MODEL_TEST_ONLY),
      modelAllowlist(
        ['zod', 'jsonc-parser', 'vitest', 'node:.*', '@aws-sdk'],
        MODEL_TEST_ONLY,
      ),
      {
        group: ['@aws-sdk/*'],
        allowTypeImports: true,
        message: 'Type tests of src/model may import @aws-sdk types only.',
      },
    ],
  ),
];

const FEATURES_APART =
  'Features do not import each other or the app: move what they share down to ui, draft, aws or model.';

const featureLayers = [
  layer(
    ['src/features/**'],
    forbidLayers(['features', 'app', 'cli'], FEATURES_APART),
  ),
  ...featureNames.map((name) =>
    layer(
      [`src/features/${name}/**`],
      [
        ...forbidLayers(['app', 'cli'], FEATURES_APART),
        {
          group: [
            '@/features/*',
            `!@/features/${name}`,
            `!@/features/${name}/**`,
          ],
          message: FEATURES_APART,
        },
        climbInto(
          featureNames.filter((other) => other !== name),
          FEATURES_APART,
        ),
      ],
    ),
  ),
];

const layering = [
  ...modelLayer,
  layer(
    ['src/draft/**'],
    forbidLayers(
      ['aws', 'ui', 'features', 'app', 'cli'],
      'src/draft may import only the model.',
    ),
  ),
  layer(
    ['src/aws/**'],
    forbidLayers(
      ['draft', 'ui', 'features', 'app', 'cli'],
      'src/aws may import only the model.',
    ),
  ),
  layer(
    ['src/ui/**'],
    forbidLayers(
      ['draft', 'aws', 'features', 'app', 'cli'],
      'src/ui may import only the model.',
    ),
  ),
  ...featureLayers,
  layer(
    ['src/app/**', 'src/main.tsx'],
    forbidLayers(['cli'], 'The browser app never imports the CLI.'),
  ),
  layer(
    ['src/cli/**'],
    forbidLayers(
      ['draft', 'aws', 'ui', 'features', 'app'],
      'src/cli may import only the model.',
    ),
  ),
];

export default defineConfig(
  globalIgnores([
    'dist',
    'node_modules',
    'playwright-report',
    'test-results',
    'coverage',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: globals.node },
  },
  {
    files: ['src/**'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // No user text is ever rendered as HTML: every HTML sink is forbidden in
  // the app's code (the page's Trusted Types policy refuses them at run time
  // too).
  {
    files: ['src/**'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as React children, never as HTML.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Set textContent, or render with React, never HTML.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
          message: 'Build elements with React or the DOM API, never HTML.',
        },
        {
          selector:
            "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'Build elements with React or the DOM API, never HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='parseFromString']",
          message: 'Parsing text as HTML is not needed in this app.',
        },
      ],
    },
  },
  ...layering,
);
