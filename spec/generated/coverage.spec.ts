// The reference (ibm_boto3's S3 client, copied to spec/fixtures) names 67 operations: each must be
// a typed method of the client, backed by the model, with every parameter and response member.
// Today's ibm_boto3 has 81: the 14 more and the members the 67 gained are in
// spec/fixtures/today-ibm-cos.json (from the wire facts), checked down to location and wire name.
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

interface TodayMember { name: string; location: 'uri' | 'querystring' | 'header' | 'payload' | 'body'; wire?: string; required?: boolean; enum?: string[] }
interface TodayOperation {
  operation: string; method: string; requestUri: string; checksumRequired: boolean;
  request: TodayMember[]; response: TodayMember[]; shapes?: Record<string, string[]>;
}
const today = JSON.parse(readFileSync(join(repoRoot(), 'spec/fixtures/today-ibm-cos.json'), 'utf8')) as {
  new_operations: Record<string, TodayOperation>;
  new_members: Record<string, TodayOperation>;
};
/** Operations without ExpectedBucketOwner: CreateBucket, the bucket listings and IBM's own. */
const WITHOUT_EXPECTED_OWNER = [
  'AddLegalHold', 'CreateBucket', 'DeleteLegalHold', 'ExtendObjectRetention', 'GetBucketAspera', 'GetBucketProtectionConfiguration',
  'ListBucketReplicationFailures', 'ListBuckets', 'ListBucketsExtended', 'ListLegalHolds', 'PutBucketProtectionConfiguration',
  'PutBucketReplicationReattempt',
];
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

/** Where the facts put a member, against the model: location, wire name, required, enum. */
function memberProblems(shapeName: string | undefined, members: TodayMember[], side: string): string[] {
  if (!shapeName) return members.length ? [`${side} has no shape`] : [];
  const shape = model.shape(shapeName);
  const problems: string[] = [];
  for (const m of members) {
    const ref = shape.members?.[m.name];
    if (!ref) {
      problems.push(`${side}.${m.name} missing`);
      continue;
    }
    if (m.location === 'payload') {
      if (shape.payload !== m.name) problems.push(`${side}.${m.name} should be the payload`);
      if (m.wire && (ref.locationName ?? model.of(ref).locationName) !== m.wire) problems.push(`${side}.${m.name} root should be <${m.wire}>`);
    } else if (m.location === 'body') {
      if (ref.location !== undefined || shape.payload === m.name) problems.push(`${side}.${m.name} should be an XML body member`);
    } else {
      if (ref.location !== m.location) problems.push(`${side}.${m.name} should be in ${m.location}, is in ${ref.location}`);
      if ((ref.locationName ?? m.name).toLowerCase() !== m.wire!.toLowerCase()) problems.push(`${side}.${m.name} should be sent as ${m.wire}`);
    }
    if (m.required && !shape.required?.includes(m.name)) problems.push(`${side}.${m.name} should be required`);
    if (m.enum && JSON.stringify([...(model.of(ref).enum ?? [])].sort()) !== JSON.stringify([...m.enum].sort())) {
      problems.push(`${side}.${m.name} enum should be ${m.enum.join(', ')}`);
    }
  }
  return problems;
}

function nestedShapeProblems(shapes: Record<string, string[]> = {}): string[] {
  return Object.entries(shapes).flatMap(([name, members]) =>
    members.filter((m) => !model.shape(name).members?.[m]).map((m) => `${name}.${m} missing`),
  );
}

describe("coverage of today's ibm_boto3 (81 operations)", () => {
  const newOperations = Object.entries(today.new_operations);
  it('names 14 operations the reference lacks: 81 in all, each in the model', () => {
    expect(newOperations).to.have.length(14);
    const all = new Set([...operations.map(([, m]) => m.operation), ...newOperations.map(([, o]) => o.operation)]);
    expect(all.size).to.equal(81);
    for (const op of all) expect(model.data.operations, op!).to.have.property(op!);
  });

  for (const [method, facts] of newOperations) {
    it(`${method} is a typed client method over ${facts.operation}: HTTP binding, checksum need, every member where the facts put it`, () => {
      expect(xformName(facts.operation)).to.equal(method);
      expect(typeof (S3Client.prototype as unknown as Record<string, unknown>)[method]).to.equal('function');
      expect(clientSource).to.match(new RegExp(`\\n  ${method}\\(params\\??: \\w+`));
      const op = model.operation(facts.operation);
      expect(op.http.method).to.equal(facts.method);
      expect(op.http.requestUri).to.equal(facts.requestUri);
      expect(Boolean(op.httpChecksumRequired)).to.equal(facts.checksumRequired);
      expect([
        ...memberProblems(op.input?.shape, facts.request, 'params'),
        ...memberProblems(op.output?.shape, facts.response, 'response'),
        ...nestedShapeProblems(facts.shapes),
      ]).to.deep.equal([]);
    });
  }

  for (const [method, facts] of Object.entries(today.new_members)) {
    it(`${method} has the members today's ibm_boto3 added, where the facts put them`, () => {
      const op = model.operation(facts.operation);
      if (facts.checksumRequired) expect(op.httpChecksumRequired, 'checksum required').to.equal(true);
      expect([
        ...memberProblems(op.input?.shape, facts.request, 'params'),
        ...memberProblems(op.output?.shape, facts.response, 'response'),
        ...nestedShapeProblems(facts.shapes),
      ]).to.deep.equal([]);
    });
  }

  it('ExpectedBucketOwner is a header of every operation but CreateBucket, the bucket listings and IBM-only ones', () => {
    const missing = Object.values(model.data.operations)
      .filter((op) => !WITHOUT_EXPECTED_OWNER.includes(op.name))
      .filter((op) => model.inputShape(op)?.members?.ExpectedBucketOwner?.locationName !== 'x-amz-expected-bucket-owner')
      .map((op) => op.name);
    expect(missing).to.deep.equal([]);
    const extra = WITHOUT_EXPECTED_OWNER.filter((name) => model.inputShape(model.operation(name))?.members?.ExpectedBucketOwner);
    expect(extra).to.deep.equal([]);
  });
});
