#!/usr/bin/env node
// Runs after patch-package (package.json postinstall). nodejieba's own install script compiled its
// binding before patches/ changed the source, so it is compiled again here, once: later installs
// that leave the patched binary in place only compare a stamp.
import { bindingIsCurrent, buildBinding } from './native-binding.mjs'

if (!bindingIsCurrent()) {
  console.log('postcloud: building nodejieba’s patched binding…')
  try {
    buildBinding()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
