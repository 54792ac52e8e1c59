import { expect } from 'chai';
import { JMESPathError, compile, search, setPath, truthy } from '../../lib/core/jmespath.js';

const page = {
  IsTruncated: true,
  NextMarker: null,
  Contents: [
    { Key: 'a', Size: 50, Owner: { ID: 'o1' } },
    { Key: 'b', Size: 150, Owner: { ID: 'o2' } },
    { Key: 'c', Size: 300 },
  ],
  CommonPrefixes: [{ Prefix: 'p/' }, { Prefix: 'q/' }],
  Buckets: [{ Name: 'first' }, { Name: 'last' }],
  Nested: [[1, 2], [3], 4],
};

describe('core/jmespath', () => {
  describe('fields, sub-expressions and indexes', () => {
    it('reads identifiers, a.b and missing members as null', () => {
      expect(search('IsTruncated', page)).to.equal(true);
      expect(search('Contents[0].Owner.ID', page)).to.equal('o1');
      expect(search('Missing', page)).to.equal(null);
      expect(search('Missing.Deeper', page)).to.equal(null);
      expect(search('IsTruncated.Deeper', page)).to.equal(null);
    });

    it('indexes from the start and from the end; out of range is null', () => {
      expect(search('Buckets[0].Name', page)).to.equal('first');
      expect(search('Buckets[-1].Name', page)).to.equal('last');
      expect(search('Buckets[5].Name', page)).to.equal(null);
      expect(search('Contents[-1].Key', { Contents: [] })).to.equal(null);
      expect(search('Contents[-1].Key', {})).to.equal(null);
    });

    it('reads quoted identifiers and the current node', () => {
      expect(search('"x-amz-meta"', { 'x-amz-meta': 'v' })).to.equal('v');
      expect(search('@', 5)).to.equal(5);
    });
  });

  describe('projections', () => {
    it('a[].b collects b of each item, dropping nulls', () => {
      expect(search('Contents[].Key', page)).to.deep.equal(['a', 'b', 'c']);
      expect(search('Contents[].Owner.ID', page)).to.deep.equal(['o1', 'o2']);
      expect(search('Contents[*].Key', page)).to.deep.equal(['a', 'b', 'c']);
    });

    it('a[] flattens one level', () => {
      expect(search('Nested[]', page)).to.deep.equal([1, 2, 3, 4]);
    });

    it('projecting a missing list is null', () => {
      expect(search('Nothing[].Key', page)).to.equal(null);
    });

    it('keeps projecting through an index (each item\'s first element)', () => {
      expect(search('Rows[].Cells[0]', { Rows: [{ Cells: [1, 2] }, { Cells: [3] }, { Cells: [] }] })).to.deep.equal([1, 3]);
    });

    it('a pipe stops a projection', () => {
      expect(search('Contents[].Key | [0]', page)).to.equal('a');
      expect(search('Contents[].Key[0]', page)).to.deep.equal([]);
    });

    it('multi-select lists, flattened by a pipe', () => {
      const versions = { Versions: [{ Key: 'v' }], DeleteMarkers: [{ Key: 'd' }] };
      expect(search('[Versions, DeleteMarkers] | []', versions)).to.deep.equal([{ Key: 'v' }, { Key: 'd' }]);
    });
  });

  describe('filters', () => {
    it('compares numbers with JSON literals', () => {
      expect(search('Contents[?Size > `100`].Key', page)).to.deep.equal(['b', 'c']);
      expect(search('Contents[?Size >= `150`].Key', page)).to.deep.equal(['b', 'c']);
      expect(search('Contents[?Size < `150`].Key', page)).to.deep.equal(['a']);
      expect(search('Contents[?Size <= `150`].Key', page)).to.deep.equal(['a', 'b']);
    });

    it('compares strings with raw strings for equality', () => {
      expect(search("Contents[?Key == 'b'].Size", page)).to.deep.equal([150]);
      expect(search("Contents[?Key != 'b'].Key", page)).to.deep.equal(['a', 'c']);
      expect(search("Contents[?Owner.ID == 'o2'] | [0].Key", page)).to.equal('b');
    });

    it('combines conditions with &&, ||, ! and parentheses', () => {
      expect(search("Contents[?Size > `100` && Key != 'c'].Key", page)).to.deep.equal(['b']);
      expect(search("Contents[?Key == 'a' || Key == 'c'].Key", page)).to.deep.equal(['a', 'c']);
      expect(search('Contents[?!Owner].Key', page)).to.deep.equal(['c']);
      expect(search("Contents[?!(Key == 'a' || Size > `200`)].Key", page)).to.deep.equal(['b']);
    });

    it('ordering across types is null, so the item is dropped', () => {
      expect(search("Contents[?Size > 'a'].Key", page)).to.deep.equal([]);
    });

    it('compares whole objects with a JSON literal', () => {
      expect(search('Contents[?Owner == `{"ID": "o1"}`].Key', page)).to.deep.equal(['a']);
    });

    it('length(), contains() and starts_with()', () => {
      expect(search('length(Contents)', page)).to.equal(3);
      expect(search('Contents[?length(Key) == `1`] | length(@)', page)).to.equal(3);
      expect(search("CommonPrefixes[?starts_with(Prefix, 'q')].Prefix", page)).to.deep.equal(['q/']);
      expect(search("contains(Contents[].Key, 'c')", page)).to.equal(true);
    });
  });

  describe('or / and', () => {
    it('a || b is the first truthy value (the ListObjects v1 marker rule)', () => {
      expect(search('NextMarker || Contents[-1].Key', page)).to.equal('c');
      expect(search('NextMarker || Contents[-1].Key', { NextMarker: 'n', Contents: [{ Key: 'z' }] })).to.equal('n');
      expect(search('NextMarker || Contents[-1].Key', { NextMarker: '', Contents: [{ Key: 'z' }] })).to.equal('z');
    });

    it('a && b is b when a is truthy, else a', () => {
      expect(search('IsTruncated && NextMarker', { IsTruncated: true, NextMarker: 'm' })).to.equal('m');
      expect(search('IsTruncated && NextMarker', { IsTruncated: false, NextMarker: 'm' })).to.equal(false);
    });

    it('truthiness: null, false, empty string/list/object are false; 0 is true', () => {
      expect([null, false, '', [], {}].map(truthy)).to.deep.equal([false, false, false, false, false]);
      expect([0, 'x', [1], { a: 1 }, true].map(truthy)).to.deep.equal([true, true, true, true, true]);
    });
  });

  describe('the rest of the specification', () => {
    it('slices, multi-select hashes and expression references', () => {
      expect(search('Contents[::-1].Key', page)).to.deep.equal(['c', 'b', 'a']);
      expect(search('Contents[:2].{k: Key, s: Size}', page)).to.deep.equal([{ k: 'a', s: 50 }, { k: 'b', s: 150 }]);
      expect(search('sort_by(Contents, &Size)[-1].Key', page)).to.equal('c');
      expect(search('max_by(Contents, &Size).Key', page)).to.equal('c');
      expect(search('map(&Key, Contents)', page)).to.deep.equal(['a', 'b', 'c']);
      expect(search('sum(Contents[].Size)', page)).to.equal(500);
    });

    it('orders strings by code point, Dates as instants; other mixes compare as null', () => {
      expect(search('a < b', { a: '\u{10000}', b: '\uffff' })).to.equal(false); // UTF-16 order would say true
      expect(search('a < b', { a: new Date(1), b: new Date(2) })).to.equal(true);
      expect(search('a < b', { a: 1, b: true })).to.equal(null);
    });

    it('errors carry their kind and say what went wrong', () => {
      const kinds = { 'abs(`1`, `2`)': 'invalid-arity', "abs('x')": 'invalid-type', 'nofn()': 'unknown-function', 'a[::0]': 'invalid-value', 'a.': 'syntax' };
      for (const [expr, kind] of Object.entries(kinds)) {
        expect(() => search(expr, {}), expr).to.throw(JMESPathError).with.property('kind', kind);
      }
      expect(() => search("abs('x')", {})).to.throw(/In function abs\(\), invalid type for value: "x", expected one of: number, received: "string"/);
      expect(() => search('abs()', {})).to.throw('Expected 1 argument for function abs(), received 0');
    });
  });

  describe('errors and helpers', () => {
    it('rejects malformed expressions with JMESPathError', () => {
      for (const bad of ['Contents[', 'a..b', 'a[0:2:0]', '`"open`', "'open", 'a ~ b', 'nofn(a)', 'a[?b']) {
        expect(() => compile(bad), bad).to.throw(JMESPathError);
      }
    });

    it('compile() caches the parsed expression', () => {
      expect(compile('Contents[].Key')).to.equal(compile('Contents[].Key'));
    });

    it('setPath writes a dotted path, creating objects', () => {
      const target: Record<string, unknown> = { a: 1 };
      setPath(target, 'b.c', [1]);
      setPath(target, 'a', 2);
      expect(target).to.deep.equal({ a: 2, b: { c: [1] } });
    });
  });
});
