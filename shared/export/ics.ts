import type { EventAttributes } from 'ics';
import { addDays } from '../domain/calendar';
import { loadIcs } from '../import/libraries';
import type { Result } from '../result';

/** One all-day entry of the user's calendar. */
export interface IcsEntry {
  /** Stable for the same entry in every export, so re-importing the file updates it rather than doubling it. */
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
}

export interface IcsOptions {
  /** When the file is made: every entry's DTSTAMP. */
  now: Date;
  /** The name a calendar application shows for the imported calendar. */
  calendarName: string;
}

const PRODUCT_ID = '-//Diligence Workbench//Review calendar//EN';
/** UIDs must be unique worldwide (RFC 5545 §3.8.4.7); the entry's own uid holds record UUIDs already. */
const UID_DOMAIN = 'diligence-workbench';
const MAX_OCTETS = 75;

const dateParts = (date: string): [number, number, number] => [
  Number(date.slice(0, 4)),
  Number(date.slice(5, 7)),
  Number(date.slice(8, 10)),
];

/** A summary is one line; a description keeps its line breaks as LF, which the library writes as \n. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const lineFeeds = (text: string): string => text.replace(/\r\n?/g, '\n');

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character. The library folds at 75
 * characters, which an accented French summary takes past 75 octets; continuation lines start with a
 * space, which counts.
 */
const foldLine = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

/** Undoes the library's folding (CRLF + space or tab) and folds every line again by octets. */
const refold = (text: string): string =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => (line === '' ? line : foldLine(line)))
    .join('\r\n');

/**
 * The entries as an iCalendar file (RFC 5545), written by the `ics` library: all-day events
 * (DTSTART;VALUE=DATE, ending the next day), free time so a deadline does not block the user's agenda,
 * text escaped and lines folded. Refused (not thrown) when there is nothing to write — a calendar needs at
 * least one event — or when the library rejects an entry.
 */
export const buildIcs = async (
  entries: readonly IcsEntry[],
  options: IcsOptions,
): Promise<Result<string>> => {
  if (entries.length === 0) return { ok: false, error: 'empty' };
  const { createEvents } = await loadIcs();
  const timestamp = options.now.getTime();
  const events = entries.map((entry) => {
    const event: EventAttributes & { timestamp: number } = {
      uid: `${entry.uid}@${UID_DOMAIN}`,
      start: dateParts(entry.date),
      end: dateParts(addDays(entry.date, 1)),
      title: oneLine(entry.summary),
      ...(entry.description ? { description: lineFeeds(entry.description) } : {}),
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      status: 'CONFIRMED',
      timestamp,
    };
    return event;
  });
  const { error, value } = createEvents(events, {
    productId: PRODUCT_ID,
    calName: oneLine(options.calendarName),
  });
  if (error || value === null) return { ok: false, error: error?.message ?? 'unknown' };
  return { ok: true, value: refold(value) };
};
