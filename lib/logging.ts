// ibm_boto3's logging helpers: set_stream_logger (boto3) and set_file_logger (botocore's Session),
// with Python's %-style format strings.
import { closeSync, openSync, writeSync } from 'node:fs';
import { type Handler, type Level, type LogRecord, getLogger, levelNumber } from './core/logging.js';

export { logging, getLogger, Logger } from './core/logging.js';
export type { Handler, Level, LevelName, LogRecord, UserLogger } from './core/logging.js';

const STREAM_FORMAT = '%(asctime)s %(name)s [%(levelname)s] %(message)s';
const FILE_FORMAT = '%(asctime)s - %(name)s - %(levelname)s - %(message)s';

/** Something with write(string), such as process.stderr or any Writable. */
export interface TextSink {
  write(text: string): unknown;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Python's default asctime: local time, `2026-12-01 16:39:19,123`. */
function asctime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())},${pad(d.getMilliseconds(), 3)}`;
}

const FIELDS: Record<string, (r: LogRecord) => string | number> = {
  asctime: (r) => asctime(r.created),
  created: (r) => r.created / 1000,
  msecs: (r) => r.created % 1000,
  name: (r) => r.name,
  levelname: (r) => r.levelname,
  levelno: (r) => r.levelno,
  message: (r) => r.message,
  process: () => process.pid,
};

/** `%(name)s`, `%(levelno)d`, `%(created)f`, `%(name)-10s`, `%%`: the parts of Python's format syntax log formats use. */
export function formatRecord(format: string, record: LogRecord): string {
  return format.replace(/%\((\w+)\)(-?)(\d*)(?:\.(\d+))?([sdfr])|%%/g, (whole, field?: string, left?: string, width?: string, precision?: string, kind?: string) => {
    if (whole === '%%') return '%';
    const get = FIELDS[field!];
    if (!get) throw new TypeError(`Unknown field in log format: %(${field})`);
    const value = get(record);
    let text: string;
    if (kind === 'd') text = String(Math.trunc(Number(value)));
    else if (kind === 'f') text = Number(value).toFixed(precision === undefined ? 6 : Number(precision));
    else text = String(value);
    const n = Number(width || 0);
    return left ? text.padEnd(n) : text.padStart(n);
  });
}

function checkFormat(format: string): string {
  if (typeof format !== 'string') throw new TypeError('format_string must be a string');
  formatRecord(format, { name: 'n', levelno: 10, levelname: 'DEBUG', message: 'm', created: 0 });
  return format;
}

/**
 * Add a stream handler for the logger `name` at `level` (boto3's set_stream_logger). `''` is every
 * logger of this package: requests are logged by `ibm_botocore.endpoint`, token requests by
 * `ibm_botocore.credentials`, transfers by `ibm_s3transfer`. Writes to `stream` (default stderr).
 */
export function set_stream_logger(name = 'ibm_boto3', level: Level = 'DEBUG', format_string?: string, stream: TextSink = process.stderr): Handler {
  const levelno = levelNumber(level);
  const format = checkFormat(format_string ?? STREAM_FORMAT);
  if (typeof stream?.write !== 'function') throw new TypeError('stream must have a write(text) method');
  const handler: Handler = { level: levelno, handle: (record) => void stream.write(`${formatRecord(format, record)}\n`) };
  const logger = getLogger(name);
  logger.setLevel(levelno);
  logger.addHandler(handler);
  return handler;
}

/**
 * Append the logger `name`'s records at `level` to the file at `path` (botocore's
 * Session.set_file_logger; default logger `ibm_botocore`). Lines are written synchronously, so the
 * file is complete whenever a call returns. The returned handler's close() closes the file.
 */
export function set_file_logger(level: Level, path: string, name = 'ibm_botocore', format_string?: string): Handler & { close(): void } {
  const levelno = levelNumber(level);
  const format = checkFormat(format_string ?? FILE_FORMAT);
  if (typeof path !== 'string' || !path) throw new TypeError('path must be a file name');
  let fd: number | undefined = openSync(path, 'a');
  const logger = getLogger(name);
  const handler = {
    level: levelno,
    handle: (record: LogRecord) => {
      if (fd !== undefined) writeSync(fd, `${formatRecord(format, record)}\n`);
    },
    close: () => {
      logger.removeHandler(handler);
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
  logger.setLevel(levelno);
  logger.addHandler(handler);
  return handler;
}
