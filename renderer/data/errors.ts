export type OpenFailure = 'version' | 'blocked' | 'quota' | 'unavailable' | 'unknown';

/** Error names along Dexie's wrapping chain (OpenFailedError → VersionError, AbortError → QuotaExceededError, …). */
export const errorNames = (error: unknown): string[] => {
  const names: string[] = [];
  let cursor: unknown = error;
  for (let depth = 0; cursor && typeof cursor === 'object' && depth < 5; depth += 1) {
    const { name, inner } = cursor as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    cursor = inner;
  }
  return names;
};

/** Why the workspace database did not open, in terms the recovery screen can explain to a user. */
export const classifyOpenError = (error: unknown): OpenFailure => {
  const names = errorNames(error);
  if (names.includes('VersionError')) return 'version';
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'SecurityError'))
    return 'unavailable';
  if (names.some((n) => n === 'BlockedError' || n === 'DatabaseClosedError')) return 'blocked';
  return 'unknown';
};

export const describeError = (error: unknown): string => {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
};

/** A write refused because the disk or the origin's storage allowance is full. */
export const isQuotaError = (error: unknown): boolean => errorNames(error).includes('QuotaExceededError');
