// @ts-check
// Configured as withastro/starlight configures its own: ESLint's and typescript-eslint's recommended
// rules with type information (projectService), eslint-plugin-astro for components, and
// eslint-config-prettier last so that no rule argues with the formatter.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettierConfig from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, generated types, installed packages and drizzle-kit's generated migrations.
  globalIgnores([
    '**/.*',
    'dist/',
    'node_modules/',
    'db/migrations/',
    'data/',
    'test-results/',
    'playwright-report/',
  ]),

  // Node.js globals from `globalThis` for servers, scripts and tests.
  { languageOptions: { globals: { ...globals.nodeBuiltin } } },

  eslint.configs.recommended,

  // typescript-eslint's recommended rules with type checking.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: dirname(fileURLToPath(import.meta.url)),
        extraFileExtensions: ['.astro'],
      },
    },
  },

  // Astro components: the frontmatter and template, and each `<script>` as a virtual `*.astro/*.ts`.
  astro.configs['flat/recommended'],

  // Plain JavaScript config files are outside the TypeScript project.
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // Components are linted without type information, and `astro check` type-checks them instead:
  // astro-eslint-parser does not support `projectService` (it falls back to one program per file,
  // which made the lint several times slower), and in the template it types every JSX expression
  // as an error type, so each `items.map((item) => <li>…</li>)` was reported as an unsafe return.
  // A component's `<script>` blocks reach ESLint as virtual `*.astro/*.ts` files outside the
  // project; they run in the browser.
  {
    files: ['**/*.astro'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  {
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    rules: {
      // Unused names starting with `_`, and siblings of a rest element (used to omit properties).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          ignoreRestSiblings: true,
          destructuredArrayIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          argsIgnorePattern: '^_',
        },
      ],
    },
  },

  // Last: turn off every rule that only concerns formatting, which Prettier owns.
  prettierConfig,
);
