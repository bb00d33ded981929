/**
 * Time zones for Time.now("EST") and date patterns (okta-expression-language §5.5), using
 * Intl (available in browsers and Node, no zone data to ship). Joda ids such as "EST",
 * "America/New_York", "UTC" and fixed offsets such as "+05:30" are accepted.
 */

export interface Zone {
  /** The id as Joda prints it for pattern 'ZZZ'. */
  id: string;
  /** Minutes east of UTC at that instant. */
  offsetMinutes(at: Date): number;
  /** Joda pattern 'z' (short) / 'zzzz' (long). */
  name(at: Date, style: 'short' | 'long'): string;
}

export const UTC: Zone = {
  id: 'UTC',
  offsetMinutes: () => 0,
  name: (_at, style) => (style === 'short' ? 'UTC' : 'Coordinated Universal Time'),
};

const FIXED_OFFSET = /^([+-])(\d{2})(?::?(\d{2}))?$/;
const cache = new Map<string, Zone | undefined>();

/** The zone for a Joda id, or undefined when Intl does not know it. */
export function resolveZone(id: string): Zone | undefined {
  const trimmed = id.trim();
  if (/^(UTC|GMT|Z|Etc\/UTC)$/i.test(trimmed)) return UTC;
  const fixed = FIXED_OFFSET.exec(trimmed);
  if (fixed) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? '0');
    if (minutes > 18 * 60) return undefined;
    const offset = fixed[1] === '-' ? -minutes : minutes;
    const label = formatOffset(offset, true);
    return { id: label, offsetMinutes: () => offset, name: () => label };
  }
  if (!cache.has(trimmed)) cache.set(trimmed, intlZone(trimmed));
  return cache.get(trimmed);
}

/** ±HHMM, or ±HH:MM with `colon` (Joda 'Z' / 'ZZ'). */
export function formatOffset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const rest = String(absolute % 60).padStart(2, '0');
  return `${sign}${hours}${colon ? ':' : ''}${rest}`;
}

function intlZone(id: string): Zone | undefined {
  let wallClock: Intl.DateTimeFormat;
  try {
    wallClock = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return undefined;
  }
  const names = {
    short: new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'short' }),
    long: new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'long' }),
  };
  return {
    id: wallClock.resolvedOptions().timeZone,
    offsetMinutes(at) {
      const parts: Record<string, number> = {};
      for (const part of wallClock.formatToParts(at)) parts[part.type] = Number(part.value);
      const wall = Date.UTC(
        parts.year ?? 1970,
        (parts.month ?? 1) - 1,
        parts.day ?? 1,
        parts.hour ?? 0,
        parts.minute ?? 0,
        parts.second ?? 0,
      );
      const instant = at.getTime() - at.getUTCMilliseconds();
      return Math.round((wall - instant) / 60_000);
    },
    name(at, style) {
      const part = names[style].formatToParts(at).find((item) => item.type === 'timeZoneName');
      return part?.value ?? id;
    },
  };
}
