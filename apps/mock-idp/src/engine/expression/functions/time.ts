import { normalize } from '../values.ts';
import { textArg } from './arguments.ts';
import {
  type PatternItem,
  compilePattern,
  formatDate,
  invalidField,
  parseDate,
  utcDate,
} from './joda-pattern.ts';
import { UTC, type Zone, formatOffset, resolveZone } from './time-zone.ts';
import { type CallEnv, type FunctionDef, type FunctionTable, fixed } from './types.ts';

/**
 * Time.* (okta-expression-language §5.5). Results are ISO 8601 text as Joda prints it
 * ("2015-07-31T17:18:37.979Z", or "-04:00" style offsets outside UTC). The doc warns that
 * empty input "might result in unexpected behavior"; here null and "" give null.
 */

/** 100-ns Windows FILETIME ticks between 1601-01-01 and the Unix epoch. */
const WINDOWS_EPOCH_MS = 11_644_473_600_000n;
const ISO_8601 =
  /^([+-]?\d{4,9})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function zoneArg(value: unknown, env: CallEnv): Zone {
  const id = textArg(value, env, 'timeZone');
  if (id === null) return UTC;
  return resolveZone(id) ?? env.fail(`Unknown time zone '${id}'`);
}

function patternArg(value: unknown, env: CallEnv) {
  const pattern = textArg(value, env, 'pattern');
  if (pattern === null) return env.fail(`${env.name} needs a date pattern such as "yyyy-MM-dd"`);
  const items = compilePattern(pattern);
  return typeof items === 'string' ? env.fail(items) : items;
}

const ISO_ITEMS = compilePattern("yyyy-MM-dd'T'HH:mm:ss.SSS") as PatternItem[];

/** Joda's ISO printer: "Z" for a zero offset, else ±HH:MM. */
function isoText(instant: Date, zone: Zone): string {
  const offset = zone.offsetMinutes(instant);
  return formatDate(instant, zone, ISO_ITEMS) + (offset === 0 ? 'Z' : formatOffset(offset, true));
}

function validDate(milliseconds: number, env: CallEnv): Date {
  const date = new Date(milliseconds);
  if (Number.isNaN(date.getTime())) env.fail(`${env.name}: the date is out of range`);
  return date;
}

function readIso(value: unknown, env: CallEnv): Date | null {
  const text = textArg(value, env, 'iso8601');
  if (text === null || text.trim() === '') return null;
  const match = ISO_8601.exec(text.trim());
  if (!match) return env.fail(`${env.name} cannot read '${text}' as an ISO 8601 date-time`);
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const fields = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
  };
  const invalid = invalidField(fields);
  if (invalid) env.fail(`${env.name} cannot read '${text}': ${invalid}`);
  const offset = !zone || zone === 'Z' ? 0 : parseOffset(zone);
  return validDate(utcDate(fields, offset).getTime(), env);
}

function parseOffset(text: string): number {
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return text.startsWith('-') ? -minutes : minutes;
}

/** Integer (or, for Unix seconds, decimal) text or a number; null and "" give null. */
function numericText(value: unknown, env: CallEnv, decimals: boolean): string | null {
  const normalized = normalize(value);
  if (typeof normalized === 'number') {
    if (!Number.isFinite(normalized) || (!decimals && !Number.isInteger(normalized))) {
      env.fail(`${env.name} expects ${decimals ? 'a number' : 'an integer'}, got ${normalized}`);
    }
    // BigInt prints integers without exponent notation, even 1e21.
    return Number.isInteger(normalized) ? BigInt(normalized).toString() : String(normalized);
  }
  const text = textArg(normalized, env, 'timestamp')?.trim() ?? '';
  if (text === '') return null;
  if (!(decimals ? /^-?\d+(\.\d+)?$/ : /^-?\d+$/).test(text)) {
    env.fail(`${env.name} expects ${decimals ? 'a number' : 'an integer'}, got '${text}'`);
  }
  return text;
}

const now: FunctionDef = {
  params: '(timeZone?, pattern?)',
  minArgs: 0,
  maxArgs: 2,
  call: (args, env) => {
    const instant = env.options.now();
    const zone = args.length > 0 ? zoneArg(args[0], env) : UTC;
    return args.length > 1
      ? formatDate(instant, zone, patternArg(args[1], env))
      : isoText(instant, zone);
  },
};

export const timeFunctions: FunctionTable = {
  /** Time.now(), Time.now("EST"), Time.now("EST", "YYYY-MM-dd HH:mm:ss") (§5.5). */
  'Time.now': now,
  'Time.fromWindowsToIso8601': fixed('(windowsTime)', 1, (args, env) => {
    const ticks = numericText(args[0], env, false);
    if (ticks === null) return null;
    const milliseconds = BigInt(ticks) / 10_000n - WINDOWS_EPOCH_MS;
    return isoText(validDate(Number(milliseconds), env), UTC);
  }),
  /** Unix time in seconds. */
  'Time.fromUnixToIso8601': fixed('(unixTime)', 1, (args, env) => {
    const seconds = numericText(args[0], env, true);
    if (seconds === null) return null;
    return isoText(validDate(Math.round(Number(seconds) * 1000), env), UTC);
  }),
  'Time.fromStringToIso8601': fixed('(dateTime, pattern)', 2, (args, env) => {
    const text = textArg(args[0], env, 'dateTime');
    const items = patternArg(args[1], env);
    if (text === null || text === '') return null;
    const date = parseDate(text, items, env.options.now());
    if (typeof date === 'string') return env.fail(date);
    return isoText(validDate(date.getTime(), env), UTC);
  }),
  'Time.fromIso8601ToWindows': fixed('(iso8601)', 1, (args, env) => {
    const date = readIso(args[0], env);
    if (date === null) return null;
    return String((BigInt(date.getTime()) + WINDOWS_EPOCH_MS) * 10_000n);
  }),
  'Time.fromIso8601ToUnix': fixed('(iso8601)', 1, (args, env) => {
    const date = readIso(args[0], env);
    return date === null ? null : String(Math.floor(date.getTime() / 1000));
  }),
  'Time.fromIso8601ToString': fixed('(iso8601, pattern)', 2, (args, env) => {
    const date = readIso(args[0], env);
    const items = patternArg(args[1], env);
    return date === null ? null : formatDate(date, UTC, items);
  }),
};
