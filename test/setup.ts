import fc from 'fast-check'
import { groupBy } from '../src/create-parser'

// Chevrotain's grammar validations call Object.groupBy, which Node 20 lacks.
// Polyfilled here, in the tests only, with the library's own fill (which
// createParser lends only while it validates): the library never leaves
// globals patched.
if (typeof (Object as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', { configurable: true, writable: true, value: groupBy })
}

// Property tests run from one fixed seed, so a CI run is reproducible; set
// FC_SEED=random (or a number) to explore other inputs locally.
const seed = process.env.FC_SEED
fc.configureGlobal({ seed: seed === 'random' ? Date.now() ^ (Math.random() * 2 ** 31) : Number(seed ?? 20261128) })
