// The command line: commander parses (subcommands, help, usage errors), each command runs on one
// Context. Global options are accepted before or after the command, as aws lets them be.
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_PART_REQUESTS, DEFAULT_SMALL_FILE_REQUESTS, makeContext, type Context, type GlobalOptions } from './context.js';
import { EXIT } from './errors.js';
import { compileFilters } from './filters.js';
import { cp } from './commands/cp.js';
import { sync } from './commands/sync.js';
import { rm } from './commands/rm.js';
import { ls } from './commands/ls.js';
import { mb, rb } from './commands/buckets.js';
import { presign, stat } from './commands/info.js';
import type { CompareMode } from './compare.js';

type Run = (ctx: Context) => Promise<number>;

export interface Parsed {
  globals: GlobalOptions;
  run: Run;
}

const filterOptions = (c: Command) =>
  c.option('--exclude <pattern>', 'exclude paths matching the pattern (later filters win)', collect, [])
    .option('--include <pattern>', 'include paths matching the pattern (later filters win)', collect, []);

const linkOptions = (c: Command) =>
  c.option('--follow-symlinks', 'follow symbolic links (default)', true).option('--no-follow-symlinks', 'skip symbolic links')
    .option('--content-type <type>', 'Content-Type of uploaded objects (default: guessed from the file name)')
    .option('--no-guess-mime-type', 'do not guess Content-Type from the file name');

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Parses argv (without node and the script) into the globals and the command to run; throws CommanderError on usage errors. */
// set by the bundle (bundle.mjs) from the two package.json files; 'dev' where the sources run as they are
declare const COS_CLI_VERSION: string | undefined;
declare const COS_BOTO3_VERSION: string | undefined;

/** `cos --version`, as aws prints its own: each part name/version. */
export function versionLine(): string {
  const cli = typeof COS_CLI_VERSION === 'string' ? COS_CLI_VERSION : 'dev';
  const sdk = typeof COS_BOTO3_VERSION === 'string' ? COS_BOTO3_VERSION : 'dev';
  return `cos/${cli} cos-boto3/${sdk} Node/${process.versions.node} ${process.platform}/${process.arch}`;
}

export function parse(argv: readonly string[]): Parsed | undefined {
  let parsed: Parsed | undefined;
  const filters = compileFilters(argv);
  const program = new Command('cos')
    .description('Buckets and objects on IBM Cloud Object Storage and any S3-compatible store (aws s3 semantics).')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .version(versionLine(), '--version', 'print the versions of cos, cos-boto3 and Node')
    .option('--endpoint-url <url>', 'the S3 endpoint (default: from the profile, or IBM COS for --region)')
    .option('--profile <name>', 'profile of ~/.aws/credentials and ~/.aws/config')
    .option('--region <name>', 'region (IBM COS location, e.g. us-south)')
    .option('--no-verify-ssl', 'do not verify TLS certificates')
    .option('--no-sign-request', 'send requests unsigned (public buckets); no credentials are looked up')
    .option('--quiet', 'print nothing but the answers of ls/stat/presign')
    .option('--only-show-errors', 'print errors and warnings only')
    .option('--json', 'one JSON object per line, for scripts')
    .option('--max-concurrency <n>', `requests in flight at once (default: ${DEFAULT_SMALL_FILE_REQUESTS} for files of one request, ${DEFAULT_PART_REQUESTS} for the parts of larger ones)`)
    .option('--multipart-chunksize <size>', 'part size of multipart transfers (default 8MB)')
    .option('--page-size <n>', 'keys asked for per list request (default 1000, the most S3 gives)');
  const set = (command: Command, run: Run) => {
    parsed = { globals: command.optsWithGlobals<GlobalOptions>(), run };
  };

  program.command('ls').argument('[target]', 's3://bucket/prefix; none: the buckets').description('list buckets, or objects and prefixes')
    .option('--recursive', 'every key below the prefix').option('--human-readable', 'sizes in KiB, MiB, …').option('--summarize', 'object count and total size')
    .action((target: string | undefined, o, cmd: Command) => set(cmd, (ctx) => ls(ctx, target, o)));

  for (const name of ['cp', 'mv'] as const) {
    const c = program.command(name).argument('<source>').argument('<dest>')
      .description(name === 'cp' ? 'copy files and objects (- for stdin/stdout)' : 'move files and objects')
      .option('--recursive', 'everything below a directory or prefix').option('--dryrun', 'show what would be done');
    filterOptions(linkOptions(c)).action((source: string, dest: string, o, cmd: Command) =>
      set(cmd, (ctx) => cp(ctx, source, dest, { ...o, filters }, name === 'mv')));
  }

  const syncCmd = program.command('sync').argument('<source>').argument('<dest>').description('make dest hold what source holds')
    .option('--delete', 'remove what source does not have').option('--dryrun', 'show what would be done')
    .addOption(new Option('--size-only', 'compare sizes only').conflicts(['exactTimestamps', 'checksum']))
    .addOption(new Option('--exact-timestamps', 'downloads: any time difference counts (so it does by default)').conflicts('checksum'))
    .option('--checksum', 'compare MD5s where the ETag is one');
  filterOptions(linkOptions(syncCmd)).action((source: string, dest: string, o, cmd: Command) => {
    const mode: CompareMode = o.sizeOnly ? 'size-only' : o.exactTimestamps ? 'exact-timestamps' : o.checksum ? 'checksum' : 'default';
    set(cmd, (ctx) => sync(ctx, source, dest, { ...o, filters, mode }));
  });

  filterOptions(program.command('rm').argument('<target>').description('delete objects').option('--recursive', 'every key below the prefix').option('--dryrun', 'show what would be done'))
    .action((target: string, o, cmd: Command) => set(cmd, (ctx) => rm(ctx, target, { ...o, filters })));
  program.command('mb').argument('<bucket>', 's3://bucket').description('make a bucket').action((t: string, o, cmd: Command) => set(cmd, (ctx) => mb(ctx, t)));
  program.command('rb').argument('<bucket>', 's3://bucket').description('remove a bucket').option('--force', 'delete its objects first')
    .action((t: string, o, cmd: Command) => set(cmd, (ctx) => rb(ctx, t, o)));
  program.command('presign').argument('<target>', 's3://bucket/key').description('a presigned GET URL').option('--expires-in <seconds>', 'default 3600')
    .action((t: string, o, cmd: Command) => set(cmd, (ctx) => presign(ctx, t, o)));
  for (const name of ['stat', 'head']) {
    program.command(name).argument('<target>', 's3://bucket[/key]').description('object or bucket metadata')
      .action((t: string, o, cmd: Command) => set(cmd, (ctx) => stat(ctx, t)));
  }
  program.parse(argv as string[], { from: 'user' });
  return parsed;
}

/** Help or the version asked for: 0; anything else commander stops on (no command given included, as aws): 2. */
export function exitCodeOf(err: CommanderError): number {
  return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
}

export { makeContext, CommanderError };
