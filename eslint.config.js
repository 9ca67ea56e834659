// @ts-check
/**
 * ESLint: typescript-eslint's type-checked rules for the TypeScript (src/, test/, configs), and
 * eslint-plugin-astro's rules for the templates. Formatting is Prettier's job (npm run lint runs both).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', '.tools/', '.bench/', '.astro/', 'node_modules/', 'content/', 'test/fixtures/', 'schema/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Lines stay readable; long strings, URLs and regular expressions may not be broken.
      'max-len': ['error', { code: 140, ignoreStrings: true, ignoreUrls: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    rules: {
      'max-len': ['error', { code: 140, ignoreStrings: true, ignoreUrls: true, ignoreTemplateLiterals: true, ignorePattern: '^\\s*<' }],
    },
  },
);
