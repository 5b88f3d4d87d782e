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
