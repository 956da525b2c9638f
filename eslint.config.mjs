import fs from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Every feature folder of the client: each may import only itself and the shared pieces. */
const FEATURES = fs.readdirSync('client/src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**', 'client/test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/jest.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              // Internal links keep the page language (?lang=en).
              name: 'react-router-dom',
              importNames: ['Link', 'NavLink', 'Navigate'],
              message: 'Import Link, NavLink and Navigate from src/i18n/link so links keep the language.',
            },
            {
              // The schemas would bring zod into the bundle: only their types cross to the client.
              name: '@psm/server/contract',
              allowTypeImports: true,
              message: 'Import types with `import type`; value lists come from @psm/server/contract/values.',
            },
            { name: 'zod', allowTypeImports: true, message: 'The client validates with its own checks: zod stays on the server.' },
          ],
        },
      ],
    },
  },
  {
    // Features are independent (shared pieces live in components/ and lib/), and no module imports itself
    // back through others. The TypeScript resolver follows the workspace package @psm/server.
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript modules are read (for no-cycle) with typescript-eslint's parser.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'client/tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./client/src/features/${feature}`,
              from: './client/src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other: move what both need to client/src/components or client/src/lib.',
            })),
            {
              target: ['./client/src/components', './client/src/lib', './client/src/i18n'],
              from: ['./client/src/features', './client/src/app'],
              message: 'Shared pieces do not depend on a feature or on the app.',
            },
          ],
        },
      ],
    },
  },
);
