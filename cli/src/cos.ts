// `cos`: parse, build the client, run the command, map the outcome to aws s3's exit codes. Ctrl-C
// aborts the running transfers (their multipart uploads are aborted, temporary files removed) and
// exits 130 once they have settled; a second Ctrl-C exits at once.
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
  let ctx;
  try {
    ctx = makeContext(parsed.globals, controller.signal);
    const code = await parsed.run(ctx);
    return controller.signal.aborted ? EXIT.interrupted : code;
  } catch (err) {
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
