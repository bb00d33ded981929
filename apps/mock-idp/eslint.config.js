import base from '@scim/eslint-config/base';

// Browser globals that would break the engine when it runs in Node.
const browserOnlyGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
];

export default [
  ...base,
  {
    // The engine must stay DOM-free and Node-free so it runs in both places.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', ...browserOnlyGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'node:*', '**/ui/**'],
              message: 'src/engine is DOM-free and Node-free.',
            },
          ],
        },
      ],
    },
  },
  {
    // UI code ships to the browser, where Node built-ins do not exist.
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-globals': ['error', 'process'],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'UI code runs in the browser.' }] },
      ],
    },
  },
];
