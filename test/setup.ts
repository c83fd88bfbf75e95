// Chevrotain's grammar validations call Object.groupBy, which Node 20 lacks.
// Polyfilled here, in the tests only: the library never patches globals.
if (typeof (Object as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value<T, K extends PropertyKey>(items: Iterable<T>, key: (item: T, index: number) => K) {
      const groups: Partial<Record<K, T[]>> = Object.create(null)
      let index = 0
      for (const item of items) (groups[key(item, index++)] ??= []).push(item)
      return groups
    },
  })
}
