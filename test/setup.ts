// Chevrotain's grammar validations call Object.groupBy, which Node 20 lacks.
// Polyfilled here, in the tests only, with the library's own fill (which
// createParser lends only while it validates): the library never leaves
// globals patched.
import { groupBy } from '../src/create-parser'

if (typeof (Object as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', { configurable: true, writable: true, value: groupBy })
}
