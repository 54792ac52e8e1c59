import { expect } from 'chai';
import { XmlSyntaxError, scanXml } from '../../lib/core/xml-scan.js';

/** The tree, or the error's message: what a document gives. */
function outcome(text: string, fast: boolean): unknown {
  try {
    return scanXml(text, fast);
  } catch (err) {
    expect(err).to.be.instanceOf(XmlSyntaxError);
    return `error: ${(err as Error).message}`;
  }
}

describe('core: XML scanner start tags (regex step and character reader agree)', () => {
  it('reads names, attributes (quotes holding > and /), self-closing tags and whitespace', () => {
    const doc = `<r a="1" b='x>y/'><K/><K >v</K><E\tc = "2"\n/><n:s-x.1 d="&amp;"/></r>`;
    expect(scanXml(doc)).to.deep.equal({
      name: 'r',
      node: { '@_a': '1', '@_b': 'x>y/', K: ['', 'v'], E: { '@_c': '2' }, 'n:s-x.1': { '@_d': '&amp;' } },
    });
    expect(scanXml(doc)).to.deep.equal(scanXml(doc, false));
  });

  it('gives the same tree or the same error for 3,000 generated documents', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pick = <T>(xs: T[]) => xs[rand(xs.length)]!;
    const names = ['a', 'Key', '_x', ':n', 'n:s', 'a1.b-c', '1bad', 'é', 'a/b', ''];
    const spaces = ['', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028'];
    const values = ['"v"', "'v'", '"a>b"', "'a/b'", '""', '"it\'s"', "'say \"x\"'", 'v', '"open'];
    const attr = () => `${pick(names)}${pick(spaces)}${pick(['=', '', '=='])}${pick(spaces)}${pick(values)}`;
    const startTag = (name: string) => {
      let tag = `<${name}`;
      for (let k = rand(4); k > 0; k--) tag += pick(spaces) + attr();
      return tag + pick(spaces) + pick(['>', '/>', '/ >', '>>', '']);
    };
    let agreed = 0;
    for (let n = 0; n < 3000; n++) {
      const name = pick(names);
      const doc = `<root>${startTag(name)}text</${name}><next/></root>`;
      expect(outcome(doc, true), doc).to.deep.equal(outcome(doc, false));
      if (typeof outcome(doc, true) !== 'string') agreed++;
    }
    // both kinds were generated: documents that parse and documents that fail
    expect(agreed).to.be.within(100, 2900);
  });
});
