import { describe, expect, it } from 'vitest';
import type { ExpressionOptions } from '../context.ts';
import { evaluateExpression } from '../index.ts';

// A Friday in summer, so New York is on daylight time (-04:00).
const NOW = new Date('2015-07-31T17:18:37.979Z');
const CLOCK: ExpressionOptions = { now: () => NOW };

function run(source: string, options = CLOCK): unknown {
  return evaluateExpression(
    source,
    { user: { unixTime: '1438363117', blank: '' }, groups: [] },
    options,
  );
}

describe('Time.now (§5.5)', () => {
  it.each([
    ['Time.now()', '2015-07-31T17:18:37.979Z'],
    ['Time.now("UTC")', '2015-07-31T17:18:37.979Z'],
    ['Time.now(null)', '2015-07-31T17:18:37.979Z'],
    ['Time.now("EST")', '2015-07-31T12:18:37.979-05:00'],
    ['Time.now("America/New_York")', '2015-07-31T13:18:37.979-04:00'],
    ['Time.now("Asia/Kolkata")', '2015-07-31T22:48:37.979+05:30'],
    ['Time.now("+05:30")', '2015-07-31T22:48:37.979+05:30'],
    ['Time.now("-0800")', '2015-07-31T09:18:37.979-08:00'],
    ['Time.now("EST","YYYY-MM-dd HH:mm:ss")', '2015-07-31 12:18:37'],
  ])('%s → %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('uses the real clock by default', () => {
    expect(run('Time.now()', {})).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it.each([
    ['Time.now("Mars/Base")', "Unknown time zone 'Mars/Base' at column 1"],
    ['Time.now("+99:00")', "Unknown time zone '+99:00' at column 1"],
    ['Time.now("UTC", null)', 'Time.now needs a date pattern such as "yyyy-MM-dd" at column 1'],
    ['Time.now("UTC", "yyyy-qq")', "Unsupported pattern letter 'q' in 'yyyy-qq' at column 1"],
  ])('%s → %s', (source, message) => {
    expect(() => run(source)).toThrow(message);
  });
});

describe('Joda patterns', () => {
  it.each([
    ["yyyy-MM-dd'T'HH:mm:ss.SSSZ", '2015-07-31T17:18:37.979+0000'],
    ['yyyy-MM-dd HH:mm:ss ZZ', '2015-07-31 17:18:37 +00:00'],
    ['yy/M/d', '15/7/31'],
    ['YYYY y yyyyy', '2015 2015 02015'],
    ['MMM MMMM', 'Jul July'],
    ['EEE EEEE e', 'Fri Friday 5'],
    ['hh:mm a', '05:18 PM'],
    ['K k H h', '5 17 17 5'],
    ['D DDDD', '212 0212'],
    ['w x', '31 2015'],
    ['G C', 'AD 20'],
    ['S SS SSS SSSS', '9 97 979 9790'],
    ["'at' HH 'o''clock'", "at 17 o'clock"],
    ["''", "'"],
    ['z zzzz', 'UTC Coordinated Universal Time'],
    ['d/M', '31/7'],
  ])('Time.now("UTC", "%s") → %s', (pattern, expected) => {
    expect(run(`Time.now("UTC", "${pattern}")`)).toBe(expected);
  });

  it('prints zone offsets, ids and names', () => {
    expect(run('Time.now("America/New_York", "Z ZZ ZZZ z")')).toBe(
      '-0400 -04:00 America/New_York EDT',
    );
    expect(run('Time.now("+05:30", "ZZ ZZZ")')).toBe('+05:30 +05:30');
  });

  it('prints midnight as 12 AM and hour 24 for k', () => {
    expect(run('Time.fromIso8601ToString("2015-07-31T00:05:00Z", "hh:mm a k K")')).toBe(
      '12:05 AM 24 0',
    );
  });
});

describe('Time conversions (§5.5)', () => {
  it.each([
    ['Time.fromUnixToIso8601("1438363117")', '2015-07-31T17:18:37.000Z'],
    ['Time.fromUnixToIso8601(user.unixTime)', '2015-07-31T17:18:37.000Z'],
    ['Time.fromUnixToIso8601(0)', '1970-01-01T00:00:00.000Z'],
    ['Time.fromUnixToIso8601("1438363117.979")', '2015-07-31T17:18:37.979Z'],
    ['Time.fromIso8601ToUnix("2015-07-31T17:18:37.979Z")', '1438363117'],
    ['Time.fromIso8601ToUnix("2015-07-31T13:18:37-04:00")', '1438363117'],
    ['Time.fromIso8601ToUnix("2015-07-31T22:48:37+0530")', '1438363117'],
    ['Time.fromIso8601ToUnix("1969-12-31T23:59:59.5Z")', '-1'],
    ['Time.fromIso8601ToWindows("1970-01-01T00:00:00Z")', '116444736000000000'],
    ['Time.fromIso8601ToWindows("1601-01-01T00:00:00Z")', '0'],
    ['Time.fromIso8601ToWindows("2015-07-31T17:18:37.979Z")', '130828367179790000'],
    ['Time.fromWindowsToIso8601("130828367179790000")', '2015-07-31T17:18:37.979Z'],
    ['Time.fromWindowsToIso8601("116444736000000000")', '1970-01-01T00:00:00.000Z'],
    ['Time.fromWindowsToIso8601(116444736000000000)', '1970-01-01T00:00:00.000Z'],
    ['Time.fromIso8601ToString("2015-07-31T17:18:37Z", "MM/dd/yyyy")', '07/31/2015'],
    ['Time.fromIso8601ToString("2015-07-31", "yyyy-MM-dd HH:mm")', '2015-07-31 00:00'],
    ['Time.fromIso8601ToString("2015-07-31T17:18", "HH:mm")', '17:18'],
    ['Time.fromIso8601ToString("2015-07-31T23:00:00-04:00", "yyyy-MM-dd HH")', '2015-08-01 03'],
    [
      'Time.fromStringToIso8601("2015/07/31 13:30:49", "yyyy/MM/dd HH:mm:ss")',
      '2015-07-31T13:30:49.000Z',
    ],
    [
      'Time.fromStringToIso8601("2015/07/31 13:30:49", "YYYY/MM/dd HH:mm:ss")',
      '2015-07-31T13:30:49.000Z',
    ],
    ['Time.fromStringToIso8601("20150731", "yyyyMMdd")', '2015-07-31T00:00:00.000Z'],
    ['Time.fromStringToIso8601("201507311330", "yyyyMMddHHmm")', '2015-07-31T13:30:00.000Z'],
    [
      'Time.fromStringToIso8601("31 Jul 2015 01:30 PM", "dd MMM yyyy hh:mm a")',
      '2015-07-31T13:30:00.000Z',
    ],
    [
      'Time.fromStringToIso8601("31 jul 2015 12:30 am", "dd MMM yyyy hh:mm a")',
      '2015-07-31T00:30:00.000Z',
    ],
    [
      'Time.fromStringToIso8601("Friday, July 31, 2015", "EEEE, MMMM d, yyyy")',
      '2015-07-31T00:00:00.000Z',
    ],
    [
      'Time.fromStringToIso8601("2015-07-31 13:30 -04:00", "yyyy-MM-dd HH:mm ZZ")',
      '2015-07-31T17:30:00.000Z',
    ],
    [
      'Time.fromStringToIso8601("2015-07-31 13:30 Z", "yyyy-MM-dd HH:mm Z")',
      '2015-07-31T13:30:00.000Z',
    ],
    [
      'Time.fromStringToIso8601("2015-07-31T13:30:49.5", "yyyy-MM-dd\'T\'HH:mm:ss.S")',
      '2015-07-31T13:30:49.500Z',
    ],
    ['Time.fromStringToIso8601("AD 2015", "G yyyy")', '2015-01-01T00:00:00.000Z'],
    ['Time.fromStringToIso8601("24:00", "kk:mm")', '1970-01-01T00:00:00.000Z'],
    // 'yy' pivots around the clock's year minus 30 (Joda): 1935..2034 in 2015.
    ['Time.fromStringToIso8601("7/31/15", "M/d/yy")', '2015-07-31T00:00:00.000Z'],
    ['Time.fromStringToIso8601("7/31/35", "M/d/yy")', '1935-07-31T00:00:00.000Z'],
    ['Time.fromStringToIso8601("7/31/34", "M/d/yy")', '2034-07-31T00:00:00.000Z'],
    ['Time.fromStringToIso8601("2/29/2016", "M/d/yyyy")', '2016-02-29T00:00:00.000Z'],
  ])('%s → %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it.each([
    'Time.fromIso8601ToUnix("")',
    'Time.fromIso8601ToUnix(null)',
    'Time.fromIso8601ToWindows(user.blank)',
    'Time.fromIso8601ToString("", "yyyy")',
    'Time.fromUnixToIso8601(null)',
    'Time.fromUnixToIso8601("")',
    'Time.fromWindowsToIso8601(" ")',
    'Time.fromStringToIso8601("", "yyyy")',
  ])('%s → null (empty input, §5.5)', (source) => {
    expect(run(source)).toBeNull();
  });

  it.each([
    [
      'Time.fromIso8601ToUnix("not a date")',
      "Time.fromIso8601ToUnix cannot read 'not a date' as an ISO 8601 date-time",
    ],
    [
      'Time.fromIso8601ToUnix("2015-13-01")',
      "Time.fromIso8601ToUnix cannot read '2015-13-01': month 13 is out of range",
    ],
    [
      'Time.fromIso8601ToUnix("2015-02-29")',
      "Time.fromIso8601ToUnix cannot read '2015-02-29': day 29 is out of range",
    ],
    ['Time.fromUnixToIso8601("abc")', "Time.fromUnixToIso8601 expects a number, got 'abc'"],
    ['Time.fromWindowsToIso8601("1.5")', "Time.fromWindowsToIso8601 expects an integer, got '1.5'"],
    ['Time.fromWindowsToIso8601(1.5)', 'Time.fromWindowsToIso8601 expects an integer, got 1.5'],
    [
      'Time.fromUnixToIso8601("99999999999999999")',
      'Time.fromUnixToIso8601: the date is out of range',
    ],
    [
      'Time.fromStringToIso8601("2015-02-30", "yyyy-MM-dd")',
      "'2015-02-30' does not match the pattern: day 30 is out of range",
    ],
    [
      'Time.fromStringToIso8601("2015/07/31", "yyyy-MM-dd")',
      "'2015/07/31' does not match the pattern: expected '-' at 5",
    ],
    [
      'Time.fromStringToIso8601("2015-07-31x", "yyyy-MM-dd")',
      "'2015-07-31x' does not match the pattern: unexpected 'x'",
    ],
    [
      'Time.fromStringToIso8601("2015-07-31 25", "yyyy-MM-dd HH")',
      "'2015-07-31 25' does not match the pattern: hour 25 is out of range",
    ],
    [
      'Time.fromStringToIso8601("Jux 2015", "MMM yyyy")',
      "'Jux 2015' does not match the pattern: expected a month name at 1",
    ],
    [
      'Time.fromStringToIso8601("2015-31", "yyyy-ww")',
      "Pattern letter 'w' cannot be used to read a date",
    ],
  ])('%s → %s', (source, message) => {
    expect(() => run(source)).toThrow(`${message} at column 1`);
  });
});
