// Sizes and dates as aws s3 ls prints them.
const UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/**
 * "1 Byte", "0 Bytes", "1.0 KiB", "3.4 MiB", as aws s3 ls --human-readable prints them: a unit is
 * used once the value rounds below 1024 of it (1,048,575 bytes is "1.0 MiB", not "1024.0 KiB").
 */
export function humanSize(bytes: number): string {
  if (bytes === 1) return '1 Byte';
  if (bytes < 1024) return `${Math.floor(bytes)} Bytes`;
  let unit = 0;
  while (unit < UNITS.length - 1 && Math.round(bytes / 1024 ** (unit + 1)) >= 1024) unit++;
  return `${oneDecimal(bytes / 1024 ** (unit + 1))} ${UNITS[unit]}`;
}

/** Python's '%.1f': an exact tie goes to the even digit (1.25 → "1.2"), where toFixed rounds up. */
function oneDecimal(x: number): string {
  const tenths = x * 10;
  const floor = Math.floor(tenths);
  if (tenths - floor !== 0.5) return x.toFixed(1);
  return ((floor % 2 === 0 ? floor : floor + 1) / 10).toFixed(1);
}

/** "2024-05-01 13:04:05" in local time, as aws s3 ls shows LastModified. */
export function listingDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
