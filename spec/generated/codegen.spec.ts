import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../scripts/codegen.js';
import { repoRoot } from '../helpers/server.js';

describe('generated types', () => {
  for (const [path, content] of Object.entries(generate())) {
    it(`${path} is up to date with the model (run \`npm run codegen\` if not)`, () => {
      expect(readFileSync(join(repoRoot(), path), 'utf8') === content, `${path} drifted from the model`).to.equal(true);
    });
  }
});
