import { describe, expect, it } from 'vitest';
import { buildIcs, type IcsEntry } from '@shared/export/ics';

/**
 * A reader of the parts of RFC 5545 the export uses, written from the RFC: content lines end in CRLF, a
 * line starting with a space or a tab continues the previous one (§3.1), a property is NAME[;PARAM=VALUE]:
 * value, and TEXT escapes backslash, semicolon, comma and newline (§3.3.11).
 */
interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

const unfold = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n');

const parseLine = (line: string): Property => {
  const colon = line.indexOf(':');
  const [name = '', ...params] = line.slice(0, colon).split(';');
  return {
    name,
    params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
    value: line.slice(colon + 1),
  };
};

const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_match, character: string) =>
    character === 'n' || character === 'N' ? '\n' : character,
  );

/** The events of a calendar, each as its properties by name. */
const readEvents = (text: string): Map<string, Property>[] => {
  const events: Map<string, Property>[] = [];
  let current: Map<string, Property> | undefined;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current && line !== '') {
      const property = parseLine(line);
      current.set(property.name, property);
    }
  }
  return events;
};

const octets = (line: string): number => new TextEncoder().encode(line).length;

const now = new Date('2026-01-31T12:34:56.789Z');
const longFrench =
  'Revue du risque — Dépendance à l’égard d’un équipementier étranger pour le réseau d’accès radio, région Île-de-France';

const entries: IcsEntry[] = [
  { uid: 'risk-review:8f0c1d2e-0000-4000-8000-000000000001', date: '2024-02-29', summary: longFrench },
  {
    uid: 'licence-notice:8f0c1d2e-0000-4000-8000-000000000002',
    date: '2026-12-31',
    summary: 'Notice deadline; RAN support, v2 \\ EMEA',
    description: 'Core Systems AB\r\nRenews by itself, unless notice is given.\nSee clause 14.2',
  },
];

const build = async (at = now) => {
  const result = await buildIcs(entries, { now: at, calendarName: 'Diligence Workbench — échéances' });
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('buildIcs', () => {
  it('writes one calendar of CRLF lines, none longer than 75 octets, accented text included', async () => {
    const text = await build();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.filter((line) => /^[ \t]/.test(line)).length).toBeGreaterThan(0);
    for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain('X-WR-CALNAME:Diligence Workbench — échéances');
  });

  it('gives back every summary and description exactly once unfolded and unescaped', async () => {
    const [risk, licence] = readEvents(await build());
    expect(unescapeText(risk?.get('SUMMARY')?.value ?? '')).toBe(longFrench);
    expect(licence?.get('SUMMARY')?.value).toBe('Notice deadline\\; RAN support\\, v2 \\\\ EMEA');
    expect(unescapeText(licence?.get('SUMMARY')?.value ?? '')).toBe(
      'Notice deadline; RAN support, v2 \\ EMEA',
    );
    expect(unescapeText(licence?.get('DESCRIPTION')?.value ?? '')).toBe(
      'Core Systems AB\nRenews by itself, unless notice is given.\nSee clause 14.2',
    );
  });

  it('writes all-day events: DTSTART;VALUE=DATE on the day, DTEND;VALUE=DATE the day after', async () => {
    const [risk, licence] = readEvents(await build());
    expect(risk?.get('DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20240229' });
    expect(risk?.get('DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20240301' });
    expect(licence?.get('DTSTART')?.value).toBe('20261231');
    expect(licence?.get('DTEND')?.value).toBe('20270101');
    expect(licence?.get('TRANSP')?.value).toBe('TRANSPARENT');
  });

  it('keeps each UID from one export to the next, while DTSTAMP says when the file was made (UTC)', async () => {
    const first = readEvents(await build());
    const later = readEvents(await build(new Date('2026-02-15T08:00:00Z')));
    expect(first.map((event) => event.get('UID')?.value)).toEqual([
      'risk-review:8f0c1d2e-0000-4000-8000-000000000001@diligence-workbench',
      'licence-notice:8f0c1d2e-0000-4000-8000-000000000002@diligence-workbench',
    ]);
    expect(later.map((event) => event.get('UID')?.value)).toEqual(
      first.map((event) => event.get('UID')?.value),
    );
    expect(first.map((event) => event.get('DTSTAMP')?.value)).toEqual([
      '20260131T123456Z',
      '20260131T123456Z',
    ]);
    expect(later[0]?.get('DTSTAMP')?.value).toBe('20260215T080000Z');
  });

  it('refuses to write a calendar without any entry', async () => {
    expect(await buildIcs([], { now, calendarName: 'Empty' })).toEqual({ ok: false, error: 'empty' });
  });
});
