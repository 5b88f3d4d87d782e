/**
 * The string formats the CycloneDX 1.2–1.6 schemas use, checked by the generated validators. ajv-formats
 * cannot be installed here, so each is a small function of our own, written to take linear time on any
 * input (no regular expression that can backtrack). They follow the CycloneDX library's own validator:
 * `date-time` and `uri` strictly, an e-mail by its shape, and `iri-reference` accepted as any string,
 * as the library does (a reference may be relative, and nearly any text is one).
 */

const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** RFC 3339 date and time, with its offset (Z or ±hh:mm): what JSON Schema's `date-time` means. */
const dateTime = (value: string): boolean => {
  const match = dateTimePattern.exec(value);
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] =
    match.slice(1).map((part) => Number(part ?? 0));
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    // 60 is a leap second.
    second <= 60 &&
    offsetHour <= 23 &&
    offsetMinute <= 59
  );
};

/** Something, an @, something, without spaces: the shape of an address, not a check that it exists. */
const email = (value: string): boolean => /^[^\s@]+@[^\s@]+$/u.test(value);

/** An absolute URI: a scheme, a colon, and no spaces. */
const uri = (value: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/.test(value);

export const schemaFormats: Readonly<Record<string, (value: string) => boolean>> = {
  'date-time': dateTime,
  'idn-email': email,
  uri,
  'iri-reference': () => true,
};
