import { type Zone, formatOffset } from './time-zone.ts';

/**
 * Joda-Time date patterns, used by Time.now(zone, pattern), Time.fromStringToIso8601 and
 * Time.fromIso8601ToString (okta-expression-language §5.5 "Joda patterns"). Note that in Joda
 * `YYYY` is the year of era, not a week year, so the doc's "YYYY-MM-dd HH:mm:ss" is the
 * calendar year.
 */

export type PatternItem =
  { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number };

const FORMAT_LETTERS = 'GCYyxweEDMdaKhHkmsSzZ';
const PARSE_LETTERS = 'GYyMdEaKhHkmsSZ';
const NUMERIC_LETTERS = 'CYyxwedDKhHkmsS';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Splits a pattern into fields and literal text; returns a problem for unknown letters. */
export function compilePattern(pattern: string): PatternItem[] | string {
  const items: PatternItem[] = [];
  let index = 0;
  while (index < pattern.length) {
    const char = pattern.charAt(index);
    if (char === "'") {
      // 'text' is literal; '' is one quote, inside or outside quotes.
      let text = '';
      let end = index + 1;
      if (pattern.charAt(end) === "'") {
        text = "'";
        end += 1;
      } else {
        while (end < pattern.length) {
          if (pattern.charAt(end) === "'") {
            if (pattern.charAt(end + 1) !== "'") break;
            text += "'";
            end += 2;
          } else {
            text += pattern.charAt(end);
            end += 1;
          }
        }
        end += 1;
      }
      items.push({ kind: 'literal', text });
      index = end;
    } else if (/[A-Za-z]/.test(char)) {
      if (!FORMAT_LETTERS.includes(char))
        return `Unsupported pattern letter '${char}' in '${pattern}'`;
      let end = index;
      while (pattern.charAt(end) === char) end += 1;
      items.push({ kind: 'field', letter: char, count: end - index });
      index = end;
    } else {
      items.push({ kind: 'literal', text: char });
      index += 1;
    }
  }
  return items;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The wall-clock fields of an instant in a zone. */
function fieldsAt(instant: Date, offsetMinutes: number): Fields & { weekday: number } {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
  };
}

export function formatDate(instant: Date, zone: Zone, items: readonly PatternItem[]): string {
  const offset = zone.offsetMinutes(instant);
  const at = fieldsAt(instant, offset);
  const yearOfEra = at.year > 0 ? at.year : 1 - at.year;
  const week = isoWeek(at.year, at.month, at.day);
  const pad = (value: number, count: number): string => String(value).padStart(count, '0');
  const year = (value: number, count: number): string =>
    count === 2 ? pad(((value % 100) + 100) % 100, 2) : pad(value, count);
  return items
    .map((item) => {
      if (item.kind === 'literal') return item.text;
      const { letter, count } = item;
      switch (letter) {
        case 'G':
          return at.year > 0 ? 'AD' : 'BC';
        case 'C':
          return pad(Math.floor(yearOfEra / 100), count);
        case 'Y':
          return year(yearOfEra, count);
        case 'y':
          return year(at.year, count);
        case 'x':
          return year(week.weekYear, count);
        case 'w':
          return pad(week.week, count);
        case 'e':
          return pad(at.weekday === 0 ? 7 : at.weekday, count);
        case 'E': {
          const name = WEEKDAYS[at.weekday] ?? '';
          return count >= 4 ? name : name.slice(0, 3);
        }
        case 'D':
          return pad(dayOfYear(at.year, at.month, at.day), count);
        case 'M': {
          const name = MONTHS[at.month - 1] ?? '';
          return count >= 4 ? name : count === 3 ? name.slice(0, 3) : pad(at.month, count);
        }
        case 'd':
          return pad(at.day, count);
        case 'a':
          return at.hour < 12 ? 'AM' : 'PM';
        case 'K':
          return pad(at.hour % 12, count);
        case 'h':
          return pad(at.hour % 12 || 12, count);
        case 'H':
          return pad(at.hour, count);
        case 'k':
          return pad(at.hour || 24, count);
        case 'm':
          return pad(at.minute, count);
        case 's':
          return pad(at.second, count);
        case 'S':
          // Fraction of second, truncated or zero-filled to `count` digits.
          return pad(at.millisecond, 3).padEnd(count, '0').slice(0, count);
        case 'z':
          return zone.name(instant, count >= 4 ? 'long' : 'short');
        default:
          // 'Z': -0800, 'ZZ': -08:00, 'ZZZ': the zone id.
          return count >= 3 ? zone.id : formatOffset(offset, count === 2);
      }
    })
    .join('');
}

/**
 * Reads `text` with a pattern; the result is UTC unless the text carries an offset (Okta's
 * servers run in UTC; the doc is silent). Adjacent numeric fields ("yyyyMMdd") take exactly
 * their width, others take all the digits there are, as Joda does.
 */
export function parseDate(text: string, items: readonly PatternItem[], now: Date): Date | string {
  const fields: Fields = {
    year: 1970,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  };
  let twelveHour: number | undefined;
  let pm: boolean | undefined;
  let offset = 0;
  let position = 0;
  const problem = (what: string): string => `'${text}' does not match the pattern: ${what}`;

  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (!item) continue;
    if (item.kind === 'literal') {
      if (!text.startsWith(item.text, position))
        return problem(`expected '${item.text}' at ${position + 1}`);
      position += item.text.length;
      continue;
    }
    const { letter, count } = item;
    if (!PARSE_LETTERS.includes(letter))
      return `Pattern letter '${letter}' cannot be used to read a date`;
    const rest = text.slice(position);
    if (letter === 'M' && count >= 3) {
      const month = matchName(rest, MONTHS);
      if (!month) return problem(`expected a month name at ${position + 1}`);
      fields.month = month.index + 1;
      position += month.length;
    } else if (letter === 'E') {
      const day = matchName(rest, WEEKDAYS);
      if (!day) return problem(`expected a day name at ${position + 1}`);
      position += day.length;
    } else if (letter === 'a') {
      const half = /^(AM|PM)/i.exec(rest);
      if (!half?.[1]) return problem(`expected AM or PM at ${position + 1}`);
      pm = half[1].toUpperCase() === 'PM';
      position += 2;
    } else if (letter === 'G') {
      if (!/^AD/i.test(rest)) return problem(`expected AD at ${position + 1}`);
      position += 2;
    } else if (letter === 'Z') {
      const zone = /^(Z|([+-])(\d{2}):?(\d{2}))/.exec(rest);
      if (!zone?.[1]) return problem(`expected an offset such as +01:00 at ${position + 1}`);
      offset =
        zone[1] === 'Z' ? 0 : (zone[2] === '-' ? -1 : 1) * (Number(zone[3]) * 60 + Number(zone[4]));
      position += zone[1].length;
    } else {
      const next = items[index + 1];
      const adjacent =
        next?.kind === 'field' &&
        (NUMERIC_LETTERS.includes(next.letter) || (next.letter === 'M' && next.count < 3));
      const digits = (adjacent ? new RegExp(`^\\d{${count}}`) : /^\d{1,9}/).exec(rest)?.[0];
      if (!digits) return problem(`expected a number at ${position + 1}`);
      position += digits.length;
      const value = Number(digits);
      switch (letter) {
        case 'Y':
        case 'y':
          // 'yy' reads two digits with Joda's pivot: within 50 years of (now - 30).
          fields.year = count === 2 && digits.length === 2 ? pivotYear(value, now) : value;
          break;
        case 'M':
          fields.month = value;
          break;
        case 'd':
          fields.day = value;
          break;
        case 'H':
          fields.hour = value;
          break;
        case 'k':
          fields.hour = value === 24 ? 0 : value;
          break;
        case 'h':
          twelveHour = value === 12 ? 0 : value;
          break;
        case 'K':
          twelveHour = value;
          break;
        case 'm':
          fields.minute = value;
          break;
        case 's':
          fields.second = value;
          break;
        default:
          // 'S': the digits are a fraction of a second.
          fields.millisecond = Math.floor(Number(`0.${digits}`) * 1000);
      }
    }
  }
  if (position !== text.length) return problem(`unexpected '${text.slice(position)}'`);
  if (twelveHour !== undefined) fields.hour = twelveHour + (pm ? 12 : 0);
  const invalid = invalidField(fields);
  if (invalid) return problem(invalid);
  return utcDate(fields, offset);
}

/** The instant of wall-clock fields at an offset from UTC. */
export function utcDate(fields: Fields, offsetMinutes: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour, fields.minute, fields.second, fields.millisecond);
  return new Date(date.getTime() - offsetMinutes * 60_000);
}

/** Why the fields do not form a real date-time, or undefined. */
export function invalidField(fields: Fields): string | undefined {
  if (fields.month < 1 || fields.month > 12) return `month ${fields.month} is out of range`;
  const days = new Date(Date.UTC(2000, fields.month, 0)).getUTCDate();
  const maxDay = fields.month === 2 && !isLeapYear(fields.year) ? 28 : days;
  if (fields.day < 1 || fields.day > maxDay) return `day ${fields.day} is out of range`;
  if (fields.hour > 23) return `hour ${fields.hour} is out of range`;
  if (fields.minute > 59) return `minute ${fields.minute} is out of range`;
  if (fields.second > 59) return `second ${fields.second} is out of range`;
  return undefined;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pivotYear(twoDigits: number, now: Date): number {
  const low = now.getUTCFullYear() - 30 - 50;
  const century = Math.floor(low / 100) * 100;
  const year = century + twoDigits;
  return year < low ? year + 100 : year;
}

/** Longest full or three-letter English name at the start of `text`, case-insensitively. */
function matchName(
  text: string,
  names: readonly string[],
): { index: number; length: number } | undefined {
  const lower = text.toLowerCase();
  for (const length of ['full', 'short'] as const) {
    const index = names.findIndex((name) =>
      lower.startsWith((length === 'full' ? name : name.slice(0, 3)).toLowerCase()),
    );
    const name = names[index];
    if (name) return { index, length: length === 'full' ? name.length : 3 };
  }
  return undefined;
}

function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

/** ISO-8601 week and week-year (Joda 'w' and 'x'). */
function isoWeek(year: number, month: number, day: number): { week: number; weekYear: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return { week, weekYear };
}
