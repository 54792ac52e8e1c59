import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { ModelView } from '../../lib/core/model.js';
import { serializeRequest } from '../../lib/protocol/serialize.js';
import { formatTimestamp } from '../../lib/protocol/timestamp.js';
import { uriEscape, queryString } from '../../lib/core/http-message.js';
import { notesModel } from '../helpers/fake-model.js';

const model = new ModelView(notesModel);
const put = (params: Record<string, unknown>) => serializeRequest(model, model.operation('PutNote'), params);

describe('protocol/serialize (generic REST-XML, made-up model)', () => {
  it('fills URI labels, keeping "/" only in greedy labels, and puts literal query parts first', () => {
    const r = put({ Board: 'a b/c', Path: 'x/y z/../+%', Version: 3, Note: { Title: 't' } });
    expect(r.method).to.equal('PUT');
    expect(r.path).to.equal('/a%20b%2Fc/x/y%20z/../%2B%25');
    expect(r.query).to.deep.equal([['note', null], ['version', '3']]);
    expect(queryString(r.query)).to.equal('note&version=3');
  });

  it('writes headers, header maps (prefix + key) and rfc822 header timestamps', () => {
    const r = put({
      Board: 'b', Path: 'p', Color: 'red', Due: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)),
      Labels: { Owner: 'me', team: 'x' }, Note: { Title: 't' },
    });
    expect(r.headers['x-note-color']).to.equal('red');
    expect(r.headers['x-note-due']).to.equal('Thu, 02 Jan 2020 03:04:05 GMT');
    expect(r.headers['x-note-label-owner']).to.equal('me');
    expect(r.headers['x-note-label-team']).to.equal('x');
  });

  it('serializes the XML payload with namespace, flattened and wrapped lists, attributes and escaping', () => {
    const r = put({
      Board: 'b', Path: 'p',
      Note: {
        Title: 'a<b&"c"',
        Pinned: false,
        Tags: ['t1', 't2'],
        Authors: [{ Kind: 'Human', Name: 'Ann' }],
        Created: new Date(Date.UTC(2021, 5, 7)),
      },
    });
    expect(r.body).to.equal(
      '<Note xmlns="urn:notes"><Title>a&lt;b&amp;&quot;c&quot;</Title><Pinned>false</Pinned><Tag>t1</Tag><Tag>t2</Tag>' +
        '<Authors><Author xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Human"><Name>Ann</Name></Author></Authors>' +
        '<Created>2021-06-07T00:00:00Z</Created></Note>',
    );
  });

  it('adds Content-MD5 of the body when the operation requires a checksum', () => {
    const r = put({ Board: 'b', Path: 'p', Note: { Title: 't' } });
    const expected = createHash('md5').update(r.body as string).digest('base64');
    expect(r.headers['content-md5']).to.equal(expected);
  });

  it('keeps a caller-provided Content-MD5 header name untouched when no checksum is required', () => {
    const r = serializeRequest(model, model.operation('GetNote'), { Board: 'b', Path: 'k' });
    expect(r.headers).to.not.have.property('content-md5');
    expect(r.body).to.equal(undefined);
  });

  it('escapes like RFC 3986 (unreserved kept, everything else percent-encoded as UTF-8)', () => {
    expect(uriEscape("a-_.~!*'()é/")).to.equal('a-_.~%21%2A%27%28%29%C3%A9%2F');
    expect(uriEscape('a/b', true)).to.equal('a/b');
  });

  it('a string with nothing to escape (the fast path) comes out as the full escaping gives it, with and without keepSlash', () => {
    const full = (s: string, keepSlash: boolean) => {
      const e = encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
      return keepSlash ? e.replace(/%2F/g, '/') : e;
    };
    const chars = ['a', 'Z', '0', '-', '_', '.', '~', '/', '!', '*', "'", '(', ')', ' ', '%', '+', 'é', '\u{1F600}', '?', '#', '&', '='];
    for (let seed = 0; seed < 3000; seed++) {
      let s = '';
      for (let n = seed, i = 0; i < 4; i++, n = Math.floor(n / chars.length)) s += chars[n % chars.length];
      for (const keepSlash of [false, true]) expect(uriEscape(s, keepSlash), `${JSON.stringify(s)} ${keepSlash}`).to.equal(full(s, keepSlash));
    }
  });

  it('members go on the wire in the model order whatever order the params name them in, inherited ones never', () => {
    const params = {
      Board: 'b', Path: 'p', Version: 3, Color: 'red', Due: new Date(Date.UTC(2020, 0, 2)), Labels: { Owner: 'me' }, Note: { Title: 't' },
    };
    const reversed = Object.fromEntries(Object.entries(params).reverse());
    const a = put(params);
    const b = put(reversed);
    expect(b).to.deep.equal(a);
    expect(Object.keys(b.headers)).to.deep.equal(Object.keys(a.headers));
    expect(b.query).to.deep.equal(a.query);
    const inherited = Object.assign(Object.create({ Color: 'blue', Version: 9 }), { Board: 'b', Path: 'p', Note: { Title: 't' } });
    const c = put(inherited);
    expect(c.headers).to.not.have.property('x-note-color');
    expect(c.query).to.deep.equal([['note', null]]);
  });

  it('formats timestamps in the three wire formats', () => {
    const d = new Date(Date.UTC(2015, 0, 1, 0, 0, 0, 250));
    // botocore writes microseconds when there are any (its ISO8601_MICRO)
    expect(formatTimestamp(d, 'iso8601')).to.equal('2015-01-01T00:00:00.250000Z');
    expect(formatTimestamp(d, 'rfc822')).to.equal('Thu, 01 Jan 2015 00:00:00 GMT');
    expect(formatTimestamp(d, 'unixTimestamp')).to.equal('1420070400');
    expect(formatTimestamp('2015-01-01T00:00:00Z', 'iso8601')).to.equal('2015-01-01T00:00:00Z');
  });
});
