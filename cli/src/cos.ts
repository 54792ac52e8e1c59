// `cos`: parse, build the client, run the command, map the outcome to aws s3's exit codes. Ctrl-C
// aborts the running transfers (their multipart uploads are aborted, temporary files removed) and
// exits 130 once they have settled; a second Ctrl-C exits at once. A closed stdout (`cos ls | head`)
// stops the command the same way, silently, with 141.
import { setMaxListeners } from 'node:events';
import { CommanderError, exitCodeOf, makeContext, parse } from './program.js';
import { EXIT, UsageError, describe, isAbort } from './errors.js';

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) return exitCodeOf(err);
    if (err instanceof UsageError) return usage(err);
    throw err;
  }
  if (!parsed) return EXIT.ok;
  const controller = new AbortController();
  // every running transfer listens to it: many at once is the normal case, not a leak
  setMaxListeners(0, controller.signal);
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    process.stderr.write('\ncancelled: ctrl-c received\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  let readerGone = false;
  // for the whole process: lines queued before the command ended may still meet the closed pipe
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && !readerGone) throw err;
    readerGone = true;
    process.exitCode = EXIT.brokenPipe;
    controller.abort();
  });
  let ctx;
  try {
    ctx = makeContext(parsed.globals, controller.signal);
    const code = await parsed.run(ctx);
    if (readerGone) return EXIT.brokenPipe;
    return controller.signal.aborted ? EXIT.interrupted : code;
  } catch (err) {
    // whatever failed once stdout closed (a write to it, an aborted transfer) has no one to tell
    if (readerGone) return EXIT.brokenPipe;
    if (controller.signal.aborted && isAbort(err)) return EXIT.interrupted;
    if (err instanceof UsageError) return usage(err);
    if (!parsed.globals.quiet) process.stderr.write(`fatal error: ${describe(err)}\n`);
    return EXIT.failed;
  } finally {
    process.off('SIGINT', onSigint);
    await ctx?.s3.close();
  }
}

function usage(err: UsageError): number {
  process.stderr.write(`usage error: ${err.message}\n(add --help for usage)\n`);
  return EXIT.usage;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`fatal error: ${describe(err)}\n`);
    process.exitCode = EXIT.failed;
  },
);
