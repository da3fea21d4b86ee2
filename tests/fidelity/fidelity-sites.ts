// The four sites the Site view is measured on (issue #12): three written for the purpose under
// tests/fixtures/sites/, and the bundled sample posts.
import { resolve } from 'node:path'
import type { FidelitySite } from './site-fidelity'

export const fidelitySites: FidelitySite[] = [
  { name: 'minima', source: resolve('tests/fixtures/sites/minima') },
  { name: 'ledger', source: resolve('tests/fixtures/sites/ledger') },
  { name: 'notebook', source: resolve('tests/fixtures/sites/notebook') },
  { name: 'sample', source: resolve('resources/sample-posts') }
]
