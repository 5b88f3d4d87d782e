/**
 * Remembers the last result of a function of records: called again with the same arguments (the same
 * arrays, by identity, as the shared live queries hand out until the data changes) it returns the same
 * result without recomputing. Lets a screen that is left and reopened skip rebuilding 50,000 rows.
 */
export const memoizeLast = <Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): ((...args: Args) => Result) => {
  let last: { args: Args; result: Result } | undefined;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((arg, index) => arg === args[index])) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
};

/**
 * The same for a computation that also uses helpers made anew by each mount of a screen (a `t`, a date
 * formatter) which give the same results for the same key (the records, the language): remembered by the
 * key alone, so a screen that is left and reopened finds its last result.
 */
export const rememberLast = <Result>(): ((key: readonly unknown[], compute: () => Result) => Result) => {
  let last: { key: readonly unknown[]; result: Result } | undefined;
  return (key, compute) => {
    if (last && last.key.length === key.length && last.key.every((part, index) => part === key[index])) {
      return last.result;
    }
    const result = compute();
    last = { key, result };
    return result;
  };
};
