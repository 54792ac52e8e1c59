// Every declaration of the generated types carries JSDoc, so an editor's hover says what it is.
import { expect } from 'chai';
import { generate } from '../../scripts/codegen.js';

/** Declarations: exported types and interfaces, and the members and methods inside them. */
const DECLARATION = /^(export (interface|type) |  (readonly )?[A-Za-z_$][\w$]*(\?)?[(:<])/;

describe('generated JSDoc', () => {
  for (const [path, content] of Object.entries(generate())) {
    it(`${path}: every type, member and method is documented`, () => {
      const lines = content.split('\n');
      const bare = lines.flatMap((line, i) => (DECLARATION.test(line) && !lines[i - 1]!.trimEnd().endsWith('*/') ? [`${i + 1}: ${line.trim()}`] : []));
      expect(lines.filter((l) => DECLARATION.test(l)).length).to.be.greaterThan(50);
      expect(bare).to.deep.equal([]);
    });
  }

  it('a member says where it travels, whether it is required, its enum values and unit', () => {
    const shapes = generate()['lib/generated/s3-shapes.ts']!;
    const put = shapes.slice(shapes.indexOf('export interface PutObjectRequest {'));
    expect(put).to.match(/\/\*\* Required\. URI label `\{Key\+\}` \(slashes kept\)\. \*\/\n {2}Key: string;/);
    expect(put).to.match(/Header `Content-Length`\.\n {3}\* Unit: bytes\.\n {3}\*\/\n {2}ContentLength\?: number \| undefined;/);
    expect(put).to.match(/Header `x-amz-storage-class`\.\n {3}\* One of: `ACCELERATED`, `STANDARD`/);
    expect(put).to.match(/Headers `x-amz-meta-<name>`, one per entry\. \*\/\n {2}Metadata\?:/);
  });
});
