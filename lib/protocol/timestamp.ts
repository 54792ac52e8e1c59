// Timestamps as botocore reads and writes them, shared by the validator, the serializer and every
// response parser. Reading (botocore's parse_timestamp): a number (Python float syntax) is epoch
// seconds; otherwise ISO 8601, RFC 822/1123, RFC 850 or asctime. Nothing reaches V8's lenient
// Date.parse. A text without a zone is UTC (botocore assumes UTC where it needs a zone).
// Deliberate difference: dateutil's free-form guesses ('Mon', '1 2 3') are not dates here.
import type { TimestampFormat } from '../model/types.js';

const DIGITS = String.raw`\d(?:_?\d)*`;
// Python's float(): optional spaces and sign, digits with `_` between them, a fraction, an exponent
const NUMBER = new RegExp(String.raw`^\s*[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?\s*$`);
const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*';
const ZONE = '(gmt|utc|ut|z|[+-]\\d{4})';
// RFC 822/1123 `Thu, 02 Jan 2020 03:04:05 GMT` and RFC 850 `Thursday, 02-Jan-20 03:04:05 GMT`
const RFC = new RegExp(`^(?:${WEEKDAY},?\\s+)?(\\d{1,2})[\\s-]${MONTH}[\\s-](\\d{2}|\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*${ZONE})?$`, 'i');
// asctime `Thu Jan  2 03:04:05 2020`
const ASCTIME = new RegExp(`^${WEEKDAY}\\s+${MONTH}\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(\\d{4})$`, 'i');
/** Dates beyond this are not representable (botocore: an overflow error). */
const MAX_MS = 8.64e15;

/** A timestamp text as botocore reads it; undefined when it is not one. */
export function parseTimestamp(text: string): Date | undefined {
  // every Last-Modified header is an IMF-fixdate: read by position, not by the regular expressions below
  return (text.length === 29 ? imfFixdate(text) : undefined) ?? parseTimestampForms(text);
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * `Tue, 01 Dec 2026 19:00:00 GMT` (RFC 9110's IMF-fixdate, any letter case) read by position, as
 * the RFC 822 form of parseTimestampForms reads it; undefined for anything else.
 */
function imfFixdate(t: string): Date | undefined {
  for (const [i, code] of IMF_SEPARATORS) if (t.charCodeAt(i) !== code) return undefined;
  for (const i of IMF_DIGITS) if (!isDigitAt(t, i)) return undefined;
  if (!WEEKDAYS.includes(t.slice(0, 3).toLowerCase()) || t.slice(26).toLowerCase() !== 'gmt') return undefined;
  const month = MONTHS.indexOf(t.slice(8, 11).toLowerCase()) + 1;
  if (month === 0) return undefined;
  return utc(twoDigits(t, 12) * 100 + twoDigits(t, 14), month, twoDigits(t, 5), twoDigits(t, 17), twoDigits(t, 20), twoDigits(t, 23), '', 'GMT');
}

/** `Tue, 01 Dec 2026 19:00:00 GMT`: the position of each separator, and of each digit. */
const IMF_SEPARATORS: [number, number][] = [[3, 0x2c], [4, 0x20], [7, 0x20], [11, 0x20], [16, 0x20], [19, 0x3a], [22, 0x3a], [25, 0x20]];
const IMF_DIGITS = [5, 6, 12, 13, 14, 15, 17, 18, 20, 21, 23, 24];

function isDigitAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The number the digits at i and i + 1 make. */
function twoDigits(t: string, i: number): number {
  return (t.charCodeAt(i) - 48) * 10 + t.charCodeAt(i + 1) - 48;
}

/** parseTimestamp by its regular expressions: every form botocore reads. */
export function parseTimestampForms(text: string): Date | undefined {
  if (NUMBER.test(text)) return fromEpochSeconds(Number(text.replace(/_/g, '')));
  const value = text.trim();
  let m = ISO.exec(value);
  if (m) return utc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ?? '', m[8]);
  m = RFC.exec(value);
  if (m) return utc(fullYear(m[3]!), MONTHS.indexOf(m[2]!.toLowerCase().slice(0, 3)) + 1, +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0), '', m[7]);
  m = ASCTIME.exec(value);
  if (m) return utc(+m[6]!, MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3)) + 1, +m[2]!, +m[3]!, +m[4]!, +m[5]!, '', undefined);
  return undefined;
}

/** Epoch seconds as a Date (microseconds rounded as Python does, then cut to milliseconds). */
export function fromEpochSeconds(seconds: number): Date | undefined {
  if (!Number.isFinite(seconds)) return undefined;
  const ms = Math.floor(Math.round(seconds * 1e6) / 1000);
  return Math.abs(ms) > MAX_MS ? undefined : new Date(ms);
}

/** Two-digit years as dateutil reads them: the century that puts the year within 50 years of now. */
function fullYear(text: string): number {
  if (text.length === 4) return +text;
  const now = new Date().getUTCFullYear();
  let year = +text + Math.floor(now / 100) * 100;
  if (year >= now + 50) year -= 100;
  else if (year < now - 50) year += 100;
  return year;
}

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, fraction: string, zone: string | undefined): Date | undefined {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return new Date(date.getTime() - offsetMinutes(zone) * 60_000);
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(gmt|utc|ut|z)$/i.test(zone)) return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone.startsWith('-') ? -minutes : minutes;
}

/** A timestamp parameter (Date, epoch seconds, or a timestamp text) as a Date; undefined when it is none. */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number') return fromEpochSeconds(value);
  if (typeof value === 'string') return parseTimestamp(value);
  return undefined;
}

/** A timestamp as botocore writes it: ISO 8601 with microseconds only when there are any, RFC 822, or whole epoch seconds. */
export function formatTimestamp(value: unknown, format: TimestampFormat): string {
  const date = toDate(value);
  if (!date) throw new TypeError(`Invalid timestamp: ${String(value)}`);
  switch (format) {
    case 'rfc822':
      return date.toUTCString();
    case 'unixTimestamp':
      return String(Math.floor(date.getTime() / 1000));
    default: {
      const iso = date.toISOString();
      return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : `${iso.slice(0, -1)}000Z`;
    }
  }
}
