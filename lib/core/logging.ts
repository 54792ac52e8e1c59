// Loggers named and levelled as Python's logging module (ibm_boto3's set_stream_logger targets them):
// dotted names form a tree, a record goes to the handlers of its logger and of every ancestor, and
// a logger's effective level is its own or its nearest ancestor's (the root: WARNING). Nothing is
// printed unless someone adds a handler, NODE_DEBUG=cos-boto3 is set, or a client has a `logger`.
// Call sites test `enabled()` before building a message, so logging off costs one comparison.
import { debuglog } from 'node:util';

export const logging = Object.freeze({ CRITICAL: 50, ERROR: 40, WARNING: 30, INFO: 20, DEBUG: 10, NOTSET: 0 });
export type LevelName = 'CRITICAL' | 'ERROR' | 'WARNING' | 'WARN' | 'INFO' | 'DEBUG' | 'NOTSET';
export type Level = number | LevelName;

export interface LogRecord {
  name: string;
  levelno: number;
  levelname: string;
  message: string;
  /** Epoch ms. */
  created: number;
}

export interface Handler {
  level: number;
  handle(record: LogRecord): void;
}

/** A v3-style logger a client can be given: `client('s3', { logger: console })`. */
export interface UserLogger {
  debug(...content: unknown[]): void;
  info(...content: unknown[]): void;
  warn(...content: unknown[]): void;
  error(...content: unknown[]): void;
}

export function levelNumber(level: Level): number {
  if (typeof level === 'number' && Number.isInteger(level) && level >= 0) return level;
  const name = typeof level === 'string' ? level.toUpperCase() : '';
  const n = name === 'WARN' ? logging.WARNING : (logging as Record<string, number>)[name];
  if (n === undefined) throw new TypeError(`Unknown logging level: ${String(level)} (use DEBUG, INFO, WARNING, ERROR, CRITICAL or a number)`);
  return n;
}

export function levelName(levelno: number): string {
  const found = Object.entries(logging).find(([, n]) => n === levelno);
  return found ? found[0] : `Level ${levelno}`;
}

/** Bumped whenever a level or handler changes anywhere: loggers re-derive their cached state then. */
let generation = 0;
const registry = new Map<string, Logger>();

export class Logger {
  readonly name: string;
  readonly parent?: Logger;
  readonly handlers: Handler[] = [];
  #propagate = true;
  #level: number = logging.NOTSET;
  #seen = -1;
  #effective: number = logging.WARNING;
  #anyHandler = false;

  constructor(name: string, parent?: Logger) {
    this.name = name;
    this.parent = parent;
  }

  /** false: records stop here instead of also reaching the ancestors' handlers. */
  get propagate(): boolean {
    return this.#propagate;
  }

  set propagate(value: boolean) {
    this.#propagate = value;
    generation++;
  }

  get level(): number {
    return this.#level;
  }

  setLevel(level: Level): void {
    this.#level = levelNumber(level);
    generation++;
  }

  addHandler(handler: Handler): void {
    if (!this.handlers.includes(handler)) this.handlers.push(handler);
    generation++;
  }

  removeHandler(handler: Handler): void {
    const at = this.handlers.indexOf(handler);
    if (at >= 0) this.handlers.splice(at, 1);
    generation++;
  }

  getEffectiveLevel(): number {
    this.#refresh();
    return this.#effective;
  }

  /** Whether a record at `level` would reach any handler. */
  isEnabledFor(level: number): boolean {
    if (this.#seen !== generation) this.#refresh();
    return this.#anyHandler && level >= this.#effective;
  }

  #refresh(): void {
    let effective: number = logging.NOTSET;
    for (let at: Logger | undefined = this; at && effective === logging.NOTSET; at = at.parent) effective = at.#level;
    let anyHandler = false;
    for (let at: Logger | undefined = this; at && !anyHandler; at = at.propagate ? at.parent : undefined) anyHandler = at.handlers.length > 0;
    this.#effective = effective === logging.NOTSET ? logging.WARNING : effective;
    this.#anyHandler = anyHandler;
    this.#seen = generation;
  }

  log(levelno: number, message: string): void {
    if (!this.isEnabledFor(levelno)) return;
    const record: LogRecord = { name: this.name, levelno, levelname: levelName(levelno), message, created: Date.now() };
    for (let at: Logger | undefined = this; at; at = at.propagate ? at.parent : undefined) {
      for (const handler of at.handlers) if (levelno >= handler.level) handler.handle(record);
    }
  }

  debug(message: string): void {
    this.log(logging.DEBUG, message);
  }

  info(message: string): void {
    this.log(logging.INFO, message);
  }

  warning(message: string): void {
    this.log(logging.WARNING, message);
  }

  error(message: string): void {
    this.log(logging.ERROR, message);
  }
}

const root = new Logger('');
registry.set('', root);

/** The logger of that dotted name ('' is the root), created on first use, as logging.getLogger. */
export function getLogger(name = ''): Logger {
  let logger = registry.get(name);
  if (logger) return logger;
  const dot = name.lastIndexOf('.');
  logger = new Logger(name, getLogger(dot < 0 ? '' : name.slice(0, dot)));
  registry.set(name, logger);
  return logger;
}

// NODE_DEBUG=cos-boto3: every record of ours, at DEBUG, through Node's own debug channel (stderr)
const nodeDebug = debuglog('cos-boto3');
if (nodeDebug.enabled) {
  root.setLevel(logging.DEBUG);
  root.addHandler({ level: logging.DEBUG, handle: (r) => nodeDebug('%s [%s] %s', r.name, r.levelname, r.message) });
}

/** One component's way to log: its named logger, plus the client's `logger` option when it has one. */
export class Log {
  readonly logger: Logger;
  readonly user?: UserLogger;

  constructor(name: string, user?: UserLogger) {
    this.logger = getLogger(name);
    this.user = user;
  }

  /** Test this before building a message. */
  enabled(level: number = logging.DEBUG): boolean {
    return this.user !== undefined || this.logger.isEnabledFor(level);
  }

  debug(message: string): void {
    this.logger.debug(message);
    this.user?.debug(`[${this.logger.name}] ${message}`);
  }
}

/** A clear error for a `logger` option that is not one. */
export function checkUserLogger(logger: unknown): UserLogger | undefined {
  if (logger === undefined) return undefined;
  const l = logger as Record<string, unknown> | null;
  const missing = ['debug', 'info', 'warn', 'error'].filter((m) => typeof l?.[m] !== 'function');
  if (missing.length) throw new TypeError(`logger must be an object with debug, info, warn and error methods (missing: ${missing.join(', ')})`);
  return logger as UserLogger;
}
