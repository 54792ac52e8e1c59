// The digest thread never keeps a process alive on its own: a script whose digests are finished,
// cancelled (a body closed early) or simply dropped (a body abandoned) still exits by itself.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MODULE = fileURLToPath(new URL('../../lib/core/digest-thread.js', import.meta.url));

function runScript(mode: 'finish' | 'cancel' | 'drop'): { status: number | null; stdout: string } {
  const script = `
    const { orderedDigest } = await import(${JSON.stringify(MODULE)});
    const digest = orderedDigest('md5', 8 * 1024 * 1024);
    const chunk = Buffer.alloc(256 * 1024, 1);
    for (let i = 0; i < ${mode === 'finish' ? 32 : 3}; i++) await digest.update(chunk);
    if (${JSON.stringify(mode)} === 'finish') console.log(await digest.hex());
    if (${JSON.stringify(mode)} === 'cancel') digest.cancel();
    console.log('last line');`;
  // bounded: a process kept alive by the thread is killed and fails the spec
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
  return { status: run.status, stdout: run.stdout };
}

describe('core: the digest thread', () => {
  for (const mode of ['finish', 'cancel', 'drop'] as const) {
    it(`a script whose digest it ${mode === 'finish' ? 'finishes' : mode === 'cancel' ? 'cancels' : 'drops'} exits by itself`, () => {
      const { status, stdout } = runScript(mode);
      expect(status).to.equal(0);
      expect(stdout.trim().split('\n').at(-1)).to.equal('last line');
      if (mode === 'finish') expect(stdout).to.contain('4b087ce3111c75919019c76230e566e3');
    });
  }
});
