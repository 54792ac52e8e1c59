// Sizes and dates as aws s3 ls prints them.
const UNITS = ['Bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** "0 Bytes", "1.0 KiB", "3.4 MiB" (aws s3 ls --human-readable). */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} Bytes`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** "2024-05-01 13:04:05" in local time, as aws s3 ls shows LastModified. */
export function listingDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
