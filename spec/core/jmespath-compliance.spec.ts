// Every case of the JMESPath compliance suite (spec/fixtures/jmespath, see its README): `result`
// cases must deep-equal, `error` cases must throw our JMESPathError of that kind; `bench` cases
// (benchmarks.json) state no outcome, so they must only finish with a value or a JMESPathError.
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JMESPathError, search } from '../../lib/core/jmespath.js';
import { repoRoot } from '../helpers/server.js';

interface Case {
  expression: string;
  result?: unknown;
  error?: string;
  bench?: string;
}
interface Group {
  given: unknown;
  cases: Case[];
}

const dir = join(repoRoot(), 'spec/fixtures/jmespath');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('core/jmespath compliance suite', () => {
  it('has the suite\'s files', () => {
    expect(files.length).to.be.at.least(16);
  });

  for (const file of files) {
    describe(file, () => {
      const groups = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Group[];
      groups.forEach((group, g) => {
        group.cases.forEach((c, i) => {
          const name = `#${g}.${i} ${c.expression}${c.error ? ` → ${c.error} error` : ''}`;
          it(name, () => {
            if (c.bench !== undefined) {
              try {
                search(c.expression, group.given);
              } catch (e) {
                expect(e).to.be.instanceOf(JMESPathError);
              }
            } else if (c.error !== undefined) {
              let thrown: unknown;
              try {
                search(c.expression, group.given);
              } catch (e) {
                thrown = e;
              }
              expect(thrown, 'throws JMESPathError').to.be.instanceOf(JMESPathError);
              expect((thrown as JMESPathError).kind).to.equal(c.error);
            } else {
              expect(search(c.expression, group.given)).to.deep.equal(c.result);
            }
          });
        });
      });
    });
  }
});
