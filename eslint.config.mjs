// Lint rules, including the layering in docs/ARCHITECTURE.md (Rooms): each folder is a runtime, and
// an import that crosses into the wrong runtime is an error, not a review comment.
import tseslint from 'typescript-eslint'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

import { builtinModules } from 'node:module'

// Bare built-in names match exactly (so './transport/http' is fine); `node:*` is a pattern.
const bareBuiltins = builtinModules.filter((name) => !name.startsWith('_'))
const nodeBuiltins = ['node:*']

/** A room of src/ as imports name it: by a relative path through the folder, or by its alias. */
const room = (name) => [`**/${name}/**`, `@${name}/*`]

/** The window is a web page that reaches the back end only through its api.ts. */
const rendererGroups = [
  [
    ['electron', 'electron/*', ...nodeBuiltins],
    'The renderer is a web page: no electron, no Node built-ins.'
  ],
  [
    [...room('core'), ...room('main'), ...room('server'), ...room('cli'), ...room('preload')],
    'The renderer talks to the back end only through src/renderer/src/api.ts.'
  ]
]

/** no-restricted-imports for a folder, with the reason shown in the lint message. */
function forbid(groups, { builtins } = { builtins: true }) {
  const reason = groups[0][1]
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: builtins ? bareBuiltins.map((name) => ({ name, message: reason })) : [],
        patterns: groups.map(([group, message]) => ({ group, message }))
      }
    ]
  }
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-dev/**',
      'dist/**',
      'node_modules/**',
      'resources/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.corpus/**'
    ]
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    // The bin entry is CommonJS, like the bundle it starts.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: forbid([
      [
        ['electron', 'electron/*', ...nodeBuiltins],
        'shared/ runs everywhere: no electron, no Node built-ins.'
      ],
      [
        [
          'react',
          'react-dom',
          'react/*',
          ...room('core'),
          ...room('main'),
          ...room('renderer'),
          ...room('server'),
          ...room('cli'),
          ...room('drawing'),
          ...room('preload')
        ],
        'shared/ imports only shared/.'
      ]
    ])
  },
  {
    files: ['src/drawing/**/*.ts'],
    rules: forbid([
      [
        ['electron', 'electron/*', ...nodeBuiltins],
        'drawing/ is handed a canvas: no electron, no Node built-ins.'
      ],
      [
        [
          ...room('core'),
          ...room('main'),
          ...room('renderer'),
          ...room('server'),
          ...room('cli'),
          ...room('preload')
        ],
        'drawing/ imports only shared/ and wordcloud.'
      ]
    ])
  },
  {
    files: ['src/core/**/*.ts', 'src/server/**/*.ts', 'src/cli/**/*.ts'],
    rules: forbid(
      [
        [['electron', 'electron/*'], 'core, server and cli run without Electron.'],
        [
          [...room('main'), ...room('renderer'), ...room('preload')],
          'Only main wires Electron; nothing below it imports main, preload or renderer.'
        ]
      ],
      { builtins: false }
    )
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/analysis/segmenter.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'nodejieba', message: 'Only core/analysis/segmenter.ts imports nodejieba.' }
          ],
          patterns: [
            { group: ['electron', 'electron/*'], message: 'core never imports electron.' },
            {
              group: [
                ...room('main'),
                ...room('renderer'),
                ...room('preload'),
                ...room('server'),
                ...room('cli')
              ],
              message: 'core is used by main, server and cli, never the reverse.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, react },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every word the window shows comes from the message catalogues (en and zh-CN); a literal in
      // JSX is a string that would never be translated. Symbols that need no translation are allowed.
      'react/jsx-no-literals': ['error', { allowedStrings: ['●', '×', '·', '/', '…', '—', ':'] }],
      ...forbid(rendererGroups)
    }
  },
  {
    // app/ composes the window out of features; a feature that reached back into app/ would tie
    // the features to one window. Widgets and hooks several features share live in ui/.
    files: [
      'src/renderer/src/features/**/*.{ts,tsx}',
      'src/renderer/src/ui/**/*.{ts,tsx}',
      'src/renderer/src/documents/**/*.{ts,tsx}'
    ],
    rules: forbid([
      ...rendererGroups,
      [
        ['**/app/*', '**/app/**', '@renderer/app/*'],
        'Features, ui/ and documents/ never import app/: app/ composes them; shared widgets live in ui/.'
      ]
    ])
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: forbid([
      [
        [
          ...nodeBuiltins,
          ...room('core'),
          ...room('main'),
          ...room('renderer'),
          ...room('server'),
          ...room('cli')
        ],
        'The sandboxed preload only bridges the contract.'
      ]
    ])
  }
)
