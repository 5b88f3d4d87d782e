import { quoteValue } from '../import/problems';

/** Reading untyped JSON safely: a field of anything that is not an object is simply absent. */
export type JsonObject = Record<string, unknown>;

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const field = (value: unknown, key: string): unknown => (isJsonObject(value) ? value[key] : undefined);

/** A value from the file as text to quote back in a message, shortened if long. */
export const quoted = (value: unknown): string =>
  quoteValue(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
