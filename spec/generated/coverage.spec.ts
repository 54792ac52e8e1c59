// The reference (ibm_boto3's S3 client, copied to spec/fixtures) names 67 operations: each must be
// a typed method of the client, backed by the model, with every parameter and response member.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { S3Client } from '../../lib/index.js';
import { s3Model } from '../../lib/model/s3/service.js';
import { xformName } from '../../lib/core/naming.js';
import { ModelView } from '../../lib/core/model.js';
import { repoRoot } from '../helpers/server.js';

interface RefParam { name: string | null; type: string; required?: boolean; members?: RefParam[] }
interface RefMethod { operation: string | null; params?: RefParam[]; response?: RefParam[] }

const reference = JSON.parse(readFileSync(join(repoRoot(), 'spec/fixtures/reference-index.json'), 'utf8')) as {
  client: Record<string, RefMethod>;
};
const operations = Object.entries(reference.client).filter(([, m]) => m.operation);
const model = new ModelView(s3Model);
const clientSource = readFileSync(join(repoRoot(), 'lib/generated/s3-client.ts'), 'utf8');

/** Every named member of the reference exists in the model shape, recursively. */
function missingMembers(shapeName: string, members: RefParam[], path: string): string[] {
  const shape = model.shape(shapeName);
  const out: string[] = [];
  for (const m of members) {
    if (m.name === null) {
      // an unnamed entry describes the shape itself (list item or map value)
      const inner = shape.type === 'list' ? shape.member : shape.type === 'map' ? shape.value : undefined;
      if (m.members?.length) {
        if (inner) out.push(...missingMembers(inner.shape, m.members, `${path}[]`));
        else if (shape.type === 'structure') out.push(...missingMembers(shapeName, m.members, path));
      }
      continue;
    }
    const ref = shape.members?.[m.name];
    if (!ref) {
      out.push(`${path}.${m.name}`);
      continue;
    }
    if (m.members?.length) out.push(...missingMembers(ref.shape, m.members, `${path}.${m.name}`));
  }
  return out;
}

describe('coverage of the reference client', () => {
  it('names 67 operations', () => expect(operations).to.have.length(67));

  for (const [method, ref] of operations) {
    it(`${method} is a typed client method over ${ref.operation}, with every parameter and response member`, () => {
      expect(xformName(ref.operation!)).to.equal(method);
      expect(typeof (S3Client.prototype as unknown as Record<string, unknown>)[method]).to.equal('function');
      expect(clientSource).to.match(new RegExp(`\\n  ${method}\\(params\\??: \\w+`));
      const op = model.operation(ref.operation!);
      const problems: string[] = [];
      if (ref.params?.length) problems.push(...missingMembers(op.input!.shape, ref.params, 'params'));
      for (const r of ref.response ?? []) {
        if (r.members?.length) problems.push(...missingMembers(op.output!.shape, r.members, 'response'));
      }
      const required = new Set(model.shape(op.input?.shape ?? 'String').required ?? []);
      for (const p of ref.params ?? []) if (p.required && !required.has(p.name!)) problems.push(`${p.name} should be required`);
      expect(problems).to.deep.equal([]);
    });
  }
});
