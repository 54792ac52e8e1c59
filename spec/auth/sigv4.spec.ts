// SigV4: AWS's published S3 examples, the key derivation vectors, the canonical forms, and a
// differential table whose expected values came once from the previous (@smithy/signature-v4
// based) signer, so that replacing it changed nothing on the wire.
import { expect } from 'chai';
import { inspect } from 'node:util';
import { createHash, randomBytes } from 'node:crypto';
import { Credentials } from '../../lib/auth/credentials.js';
import { SigV4Signer } from '../../lib/auth/signers.js';
import { THREAD_MIN_BYTES } from '../../lib/core/digest-thread.js';
import {
  type QueryPair, SigningKeyCache, UNSIGNED_PAYLOAD, amzDate, canonicalHeaders, canonicalQuery, canonicalRequest, deriveSigningKey, signHeaders,
} from '../../lib/auth/sigv4.js';

// the example keys of the AWS SigV4 documentation
const DOC_KEY = 'AKIAIOSFODNN7EXAMPLE';
const DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const DOC_DATE = new Date('2013-05-24T00:00:00Z');
const DOC_HOST = 'examplebucket.s3.amazonaws.com';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const DOC_SCOPE = `Credential=${DOC_KEY}/20130524/us-east-1/s3/aws4_request`;

const creds = (token?: string, secret = DOC_SECRET) => new Credentials(DOC_KEY, secret, token).get_frozen_credentials();

/** Header-signs a request and returns its headers. */
function signed(method: string, path: string, query: QueryPair[], headers: Record<string, string>, payloadHash: string, o: { token?: string; secret?: string; region?: string; date?: Date } = {}) {
  const h = { ...headers };
  signHeaders({ method, path, query, headers: h, payloadHash }, { credentials: creds(o.token, o.secret), region: o.region ?? 'us-east-1', service: 's3', date: o.date ?? DOC_DATE });
  return h;
}

describe('auth/sigv4', () => {
  describe('the AWS S3 header-signing examples', () => {
    const doc = (headers: Record<string, string>, payloadHash = EMPTY_SHA256) => ({ host: DOC_HOST, 'x-amz-content-sha256': payloadHash, ...headers });

    it('GET Object with a Range: the canonical request and the Authorization header', () => {
      const headers = doc({ range: 'bytes=0-9', 'x-amz-date': '20130524T000000Z' });
      expect(canonicalRequest({ method: 'GET', path: '/test.txt', query: [], headers, payloadHash: EMPTY_SHA256 }).request).to.equal(
        ['GET', '/test.txt', '', `host:${DOC_HOST}`, 'range:bytes=0-9', `x-amz-content-sha256:${EMPTY_SHA256}`, 'x-amz-date:20130524T000000Z', '',
          'host;range;x-amz-content-sha256;x-amz-date', EMPTY_SHA256].join('\n'),
      );
      const h = signed('GET', '/test.txt', [], doc({ range: 'bytes=0-9' }), EMPTY_SHA256);
      expect(h['x-amz-date']).to.equal('20130524T000000Z');
      expect(h.authorization).to.equal(
        `AWS4-HMAC-SHA256 ${DOC_SCOPE}, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ` +
          'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
      );
    });

    it('PUT Object with a Date header, a storage class and a signed payload', () => {
      const payload = '44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072'; // sha256('Welcome to Amazon S3.')
      const h = signed('PUT', '/test%24file.text', [], doc({ date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' }, payload), payload);
      expect(h.authorization).to.equal(
        `AWS4-HMAC-SHA256 ${DOC_SCOPE}, SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, ` +
          'Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd',
      );
    });

    it('GET Bucket lifecycle: a bare sub-resource signs as `lifecycle=`', () => {
      expect(signed('GET', '/', [['lifecycle', null]], doc({}), EMPTY_SHA256).authorization).to.equal(
        `AWS4-HMAC-SHA256 ${DOC_SCOPE}, SignedHeaders=host;x-amz-content-sha256;x-amz-date, ` +
          'Signature=fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543',
      );
    });

    it('GET Bucket (list objects): the query is sorted whatever order it comes in', () => {
      for (const query of [[['max-keys', '2'], ['prefix', 'J']], [['prefix', 'J'], ['max-keys', '2']]] as QueryPair[][]) {
        expect(signed('GET', '/', query, doc({}), EMPTY_SHA256).authorization).to.equal(
          `AWS4-HMAC-SHA256 ${DOC_SCOPE}, SignedHeaders=host;x-amz-content-sha256;x-amz-date, ` +
            'Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7',
        );
      }
    });
  });

  describe('signing key', () => {
    it('the AWS derivation examples', () => {
      const secret = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
      expect(deriveSigningKey(secret, '20120215', 'us-east-1', 'iam').toString('hex')).to.equal('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
      expect(deriveSigningKey(secret, '20150830', 'us-east-1', 'iam').toString('hex')).to.equal('c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9');
    });

    it('the cache derives again when the secret, day, region or service changes, and never shows the secret', () => {
      const cache = new SigningKeyCache();
      const first = cache.get('secret-1', '20240101', 'us-east-1', 's3');
      expect(cache.get('secret-1', '20240101', 'us-east-1', 's3')).to.equal(first); // the same Buffer: not derived again
      const variants: [string, string, string, string][] = [['secret-2', '20240101', 'us-east-1', 's3'], ['secret-2', '20240102', 'us-east-1', 's3'], ['secret-2', '20240102', 'eu-de', 's3'], ['secret-2', '20240102', 'eu-de', 'iam']];
      for (const v of variants) expect(cache.get(...v).toString('hex'), v.join('/')).to.equal(deriveSigningKey(...v).toString('hex'));
      const view = `${inspect(cache, { showHidden: true, depth: Infinity })}${JSON.stringify(cache)}`;
      expect(view).to.not.contain('secret-2');
    });
  });

  describe('canonical forms', () => {
    it('amzDate drops separators and milliseconds', () => {
      expect(amzDate(new Date('2024-02-29T23:59:59.999Z'))).to.equal('20240229T235959Z');
    });

    it('amzDate reuses the last second it formatted only within that second', () => {
      const stamps = ['2024-02-29T23:59:59.000Z', '2024-02-29T23:59:59.999Z', '2024-03-01T00:00:00.000Z', '2024-02-29T23:59:59.500Z', '1999-12-31T23:59:59.999Z']
        .map((iso) => amzDate(new Date(iso)));
      expect(stamps).to.deep.equal(['20240229T235959Z', '20240229T235959Z', '20240301T000000Z', '20240229T235959Z', '19991231T235959Z']);
      expect(() => amzDate(new Date(NaN))).to.throw(RangeError);
    });

    it('query: RFC 3986 escaping (space %20, plus %2B, percent %25, UTF-8), bare keys as name=, sorted by escaped name then value', () => {
      expect(canonicalQuery([['prefix', 'a b+c%/ü'], ['uploads', null], ['a', '2'], ['a', '1'], ['~x', "!'()*"]])).to.equal(
        'a=1&a=2&prefix=a%20b%2Bc%25%2F%C3%BC&uploads=&~x=%21%27%28%29%2A',
      );
      // 'é' sorts after '~' as a character but before it once escaped (%C3%A9)
      expect(canonicalQuery([['a~', '1'], ['aé', '2']])).to.equal('a%C3%A9=2&a~=1');
      expect(canonicalQuery([['X-Amz-Signature', 'abc'], ['k', 'v']])).to.equal('k=v');
      expect(canonicalQuery([])).to.equal('');
    });

    it('headers: lower-case names, sorted, values trimmed with whitespace runs as one space; hop-by-hop, proxy-* and sec-* left out', () => {
      const { lines, signed: names } = canonicalHeaders({
        'X-Amz-Meta-B': '  a \t  b  ', host: 'h', 'x-amz-meta-a': '', 'User-Agent': 'u', authorization: 'old', 'Proxy-Authorization': 'p', 'sec-fetch-mode': 'cors',
        'x-proxy-id': '1', 'transfer-encoding': 'chunked', expect: '100-continue', 'cache-control': 'no-cache', 'x-amzn-trace-id': 't',
      });
      expect(lines).to.equal('host:h\nx-amz-meta-a:\nx-amz-meta-b:a b\nx-proxy-id:1\n');
      expect(names).to.equal('host;x-amz-meta-a;x-amz-meta-b;x-proxy-id');
    });

    it('header values that need no collapsing (the fast path) come out as the full trim-and-collapse gives them', () => {
      const pieces = ['a', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', 'b c', 'x\r\ny', ''];
      for (let seed = 1; seed <= 2000; seed++) {
        let value = '';
        for (let n = seed, i = 0; i < 5; i++, n = Math.floor(n / pieces.length) + seed * 7) value += pieces[n % pieces.length];
        const { lines } = canonicalHeaders({ 'x-amz-meta-v': value });
        expect(lines, JSON.stringify(value)).to.equal(`x-amz-meta-v:${value.trim().replace(/\s+/g, ' ')}\n`);
      }
    });
  });

  // Expected values produced once by the previous signer (@smithy/signature-v4) from these inputs.
  // Defaults: GET /bkt/key, host s3.us-south.example.com, UNSIGNED-PAYLOAD, us-east-1, 2013-05-24, the doc keys.
  describe('same signatures as the previous signer', () => {
    interface Case { method?: string; path?: string; query?: QueryPair[]; host?: string; headers?: Record<string, string>; token?: string; secret?: string; region?: string; date?: string; sha?: string }
    const manyHeaders = () => Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`x-amz-meta-k${String(i).padStart(2, '0')}`, 'v'.repeat(i * 20)]));
    const CASES: [string, Case, string, string][] = [
    ['plain GET', {},
      'host;x-amz-content-sha256;x-amz-date', 'a9ba54efb96ccec5254e380eff2451c431fd9c0b2dd9d9ac0d959beb97e2936f'],
    ['percent-encoded unicode path as sent', { path: '/bkt/%E2%82%AC%20caf%C3%A9/%F0%9F%98%80.txt' },
      'host;x-amz-content-sha256;x-amz-date', '275e488bb5b8aa30d7803208694e3c09e281eb9eed53d9a10c22aa6b21333656'],
    ['plus, dollar and %2B in the path are not re-encoded', { path: '/bkt/a+b%2Bc$d' },
      'host;x-amz-content-sha256;x-amz-date', 'f439502e3c0441f3d023dface4407cc67f810861336c9bc8f29e8353d1d4faa0'],
    ['unicode query value', { path: '/bkt', query: [['prefix', 'ü/€ x'], ['delimiter', '/']] },
      'host;x-amz-content-sha256;x-amz-date', 'a7128aa60ebb999b32148ab9005317070189aa2af1956e6714421b172ad33de0'],
    ['plus and percent in query values', { path: '/bkt', query: [['prefix', 'a+b'], ['marker', '100%'], ['x', '%2B']] },
      'host;x-amz-content-sha256;x-amz-date', 'dbb3460003e25a33dfcf9083be42c0d1756321bd8cb0caf50dcd4d14eea3d424'],
    ['reserved characters in query values', { path: '/bkt', query: [['v', '=&;/~*\'!()@:,?#[] ']] },
      'host;x-amz-content-sha256;x-amz-date', 'cbd972ef2302aaec2279ff66461c2cc53be87c35c4c849ba4679075f7f9f98c7'],
    ['repeated query keys, given unsorted', { path: '/bkt', query: [['a', '2'], ['b', 'x'], ['a', '1'], ['a', '']] },
      'host;x-amz-content-sha256;x-amz-date', '215e6951e48d84f79dd456b769c7447c0a824aec41d883ca59271732874bd007'],
    ['bare query keys', { query: [['uploads', null]] },
      'host;x-amz-content-sha256;x-amz-date', '265d30e4369d36771c2daab0b6f0b960e40a4dcd3274a1b4c7997b24ad500440'],
    ['bare and valued keys together', { query: [['tagging', null], ['versionId', 'v 1']] },
      'host;x-amz-content-sha256;x-amz-date', 'd1556ba6626c6635df55088bd680d352e1ad046bc1b3aeacc60a0c68c5a464a5'],
    ['empty value and bare key sign alike', { path: '/bkt', query: [['acl', ''], ['policy', null]] },
      'host;x-amz-content-sha256;x-amz-date', '67ab3f81c3d70b34cc7cd32a84015bbb88ae3d7e8edee5be61d28abd70a7f9bd'],
    ['query keys that need escaping sort by escaped form', { path: '/bkt', query: [['a~', '1'], ['aé', '2'], ['a b', '3'], ['a-b', '4'], ['A', '5']] },
      'host;x-amz-content-sha256;x-amz-date', '100844c24631bd40a96c9594ab793665129d5689ee472cc4e2d849a11a788d9b'],
    ['listing with a base64 continuation token', { path: '/bkt', query: [['list-type', '2'], ['continuation-token', 'ab/cd+ef=='], ['max-keys', '1000'], ['encoding-type', 'url']] },
      'host;x-amz-content-sha256;x-amz-date', '2cb9b950bd4b35467b29a2fe417942f43b32dd4a644b1df2c25ddae1805dd70c'],
    ['session token', { token: 'FwoGZXIvYXdzE+token/with=chars' },
      'host;x-amz-content-sha256;x-amz-date;x-amz-security-token', '76bded2ee09b59b551e35787022031656a16e63df61ee9a5bf932f995f1d24b6'],
    ['session token replaces a stale one', { headers: { 'x-amz-security-token': 'old-token' }, token: 'new-token' },
      'host;x-amz-content-sha256;x-amz-date;x-amz-security-token', '6c3ab4169405d9bb039bf0c341ccb72345bce1690b6548a6f2e92d8a8f79dba2'],
    ['spaces and tabs in header values', { headers: { 'x-amz-meta-note': '  hello   world  ', 'x-amz-meta-tab': 'a\t\tb \t c', 'x-amz-meta-empty': '' } },
      'host;x-amz-content-sha256;x-amz-date;x-amz-meta-empty;x-amz-meta-note;x-amz-meta-tab', '424e0409e0a44681e8b85c5f78baf53279fce8283bc6763ad4b69c6f157f82cf'],
    ['mixed-case header names', { method: 'PUT', headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Amz-Meta-Camel': 'Value', 'Content-Length': '12' } },
      'content-length;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-meta-camel', 'a6b669f31682a2ceee044fa63b8efac8d7ddf0b7de46ce470d5a333b752dbe3e'],
    ['headers that are never signed', { headers: { 'user-agent': 'ua/1', expect: '100-continue', 'transfer-encoding': 'chunked', 'proxy-authorization': 'p', 'Proxy-Foo': 'q', 'sec-fetch-mode': 'cors', 'x-amzn-trace-id': 't', 'cache-control': 'no-cache', connection: 'keep-alive', 'keep-alive': '5', pragma: 'no-cache', referer: 'r', te: 'trailers', trailer: 'x', upgrade: 'h2', from: 'me', 'max-forwards': '3' } },
      'host;x-amz-content-sha256;x-amz-date', 'a9ba54efb96ccec5254e380eff2451c431fd9c0b2dd9d9ac0d959beb97e2936f'],
    ['headers that look unsignable but are signed', { headers: { 'x-proxy-id': '1', 'x-sec-id': '2', 'x-amz-user-agent': 'u', accept: '*/*', 'accept-encoding': 'identity', via: 'v', 'x-forwarded-for': '1.2.3.4' } },
      'accept;accept-encoding;host;via;x-amz-content-sha256;x-amz-date;x-amz-user-agent;x-forwarded-for;x-proxy-id;x-sec-id', 'a5a81952db0e3a0ea7eb5cf7c724f05786ab54bd21992dc096c840e63e2a2425'],
    ['content-md5, content-length and range', { method: 'PUT', headers: { 'content-md5': '1B2M2Y8AsgTpgAZPxyMAbg==', 'content-length': '0', range: 'bytes=0-9' }, sha: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
      'content-length;content-md5;host;range;x-amz-content-sha256;x-amz-date', '8420a4d96ced55f4a759bb1a62fc59157793417abaac9c9e284bfe316f54a541'],
    ['re-signing a retried request', { headers: { authorization: 'AWS4-HMAC-SHA256 old', 'x-amz-date': '19990101T000000Z' } },
      'host;x-amz-content-sha256;x-amz-date', 'a9ba54efb96ccec5254e380eff2451c431fd9c0b2dd9d9ac0d959beb97e2936f'],
    ['non-default port', { path: '/bkt/k', host: '127.0.0.1:7480' },
      'host;x-amz-content-sha256;x-amz-date', 'f623be1e21251fc81f7f04a9dc0e43c104ab2512955d8dcae30c49b7c24d1799'],
    ['default port omitted', {},
      'host;x-amz-content-sha256;x-amz-date', 'a9ba54efb96ccec5254e380eff2451c431fd9c0b2dd9d9ac0d959beb97e2936f'],
    ['signed payload hash', { method: 'PUT', path: '/bkt/body.txt', headers: { 'content-length': '11' }, sha: 'a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e' },
      'content-length;host;x-amz-content-sha256;x-amz-date', '6a27af36c8393b5a9f776e704f399bbddace2a99bf0856d0f233f7539fc1bd85'],
    ['SSE-C headers', { headers: { 'x-amz-server-side-encryption-customer-algorithm': 'AES256', 'x-amz-server-side-encryption-customer-key': 'MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=', 'x-amz-server-side-encryption-customer-key-md5': 'ZYf8W1eADhpMSSr4wnO3xA==' } },
      'host;x-amz-content-sha256;x-amz-date;x-amz-server-side-encryption-customer-algorithm;x-amz-server-side-encryption-customer-key;x-amz-server-side-encryption-customer-key-md5', 'b4e9e96ba7f87324027f2fda375deb50d841477a7d2fec190d4c9bcf9288dd11'],
    ['copy source with encoded key and version', { method: 'PUT', path: '/bkt/dst', headers: { 'x-amz-copy-source': '/src/a%20b%2Bc.txt?versionId=v%201', 'x-amz-metadata-directive': 'REPLACE' } },
      'host;x-amz-content-sha256;x-amz-copy-source;x-amz-date;x-amz-metadata-directive', 'c82bbefd0f7db280bb00c5739ed6f2f0b8a09d438ee43127eccab4a933d72d62'],
    ['latin-1 header value', { headers: { 'x-amz-meta-name': 'café' } },
      'host;x-amz-content-sha256;x-amz-date;x-amz-meta-name', '3ddeefc76098bb290f47cd0585359fea837c4e3388de9bbc1bcd6860da0979ab'],
    ['IBM headers and a POST', { method: 'POST', path: '/bkt', query: [['delete', null]], headers: { 'ibm-sse-kp-encryption-algorithm': 'AES256', 'content-type': 'application/xml' }, sha: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
      'content-type;host;ibm-sse-kp-encryption-algorithm;x-amz-content-sha256;x-amz-date', '82d1e6b2f5c024b2cb3c5d63134190fef3bc567bb6bf0b02344566cbfb18bf80'],
    ['other region, date and service', { host: 's3.eu-de.example.com', region: 'eu-de', date: '2024-02-29T23:59:59.999Z' },
      'host;x-amz-content-sha256;x-amz-date', 'a124970de8b41ce43e383618b70aaf4dad80b78f5943209e0252cd48d2fbbce2'],
    ['virtual host, root path', { path: '/', query: [['location', null]], host: 'my.bucket.s3.example.com', date: '2031-12-31T00:00:00Z' },
      'host;x-amz-content-sha256;x-amz-date', '3e7a94785a200ef326a88d14690b0fdb491f582b735f53be27f45966a8ed0a82'],
    ['different secret', { secret: 'a/b+c=d' },
      'host;x-amz-content-sha256;x-amz-date', 'd293facbd362cca337239ca1038eacd10dfef123e9489ff1b5fa212d7e656877'],
    ['long header value and many headers', { headers: manyHeaders() },
      'host;x-amz-content-sha256;x-amz-date;x-amz-meta-k00;x-amz-meta-k01;x-amz-meta-k02;x-amz-meta-k03;x-amz-meta-k04;x-amz-meta-k05;x-amz-meta-k06;x-amz-meta-k07;x-amz-meta-k08;x-amz-meta-k09;x-amz-meta-k10;x-amz-meta-k11', '0e98d6187a3955cc9b13aae1fb37e88d3ddb1a93b3e28d6de911912925fb0f83'],
    ['HEAD with versionId', { method: 'HEAD', query: [['versionId', '3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo']] },
      'host;x-amz-content-sha256;x-amz-date', 'ef601b6a0627416337488d4c0062a6a6848b53c75987e492cf189c6ff40ffb67'],
    ];

    for (const [name, c, signedHeaders, signature] of CASES) {
      it(name, () => {
        const sha = c.sha ?? UNSIGNED_PAYLOAD;
        const date = new Date(c.date ?? DOC_DATE);
        const h = signed(c.method ?? 'GET', c.path ?? '/bkt/key', c.query ?? [], { host: c.host ?? 's3.us-south.example.com', 'x-amz-content-sha256': sha, ...c.headers }, sha, { ...c, date });
        const scope = `${amzDate(date).slice(0, 8)}/${c.region ?? 'us-east-1'}/s3/aws4_request`;
        expect(h.authorization).to.equal(`AWS4-HMAC-SHA256 Credential=${DOC_KEY}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`);
        expect(h['x-amz-date']).to.equal(amzDate(date));
        expect(h['x-amz-security-token']).to.equal(c.token ?? c.headers?.['x-amz-security-token']);
      });
    }
  });

  describe('same presigned URLs as the previous signer', () => {
    interface Case { method?: string; path?: string; query?: [string, string | null][]; protocol?: string; hostname?: string; port?: number; headers?: Record<string, string>; token?: string; date?: string; expires?: number }
    const DOC_2013 = `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${DOC_KEY}%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z`;
    const CASES: [string, Case, string, Record<string, string>][] = [
    ['plain GET', {},
      `https://s3.us-south.example.com/bkt/key?${DOC_2013}&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=23353c9a0cb8ccbe4bbaa7ae44197e1041cfb8fed7ae6f63426cd26e6c357859`,
      {}],
    ['session token', { token: 'tok+en/=' },
      `https://s3.us-south.example.com/bkt/key?X-Amz-Security-Token=tok%2Ben%2F%3D&${DOC_2013}&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=9ef59f59cb7ec9c68c8d0d76ed0cfbd27c37d6463f6ddf31edbf0f1e526e366a`,
      {}],
    ['SSE-C headers stay headers', { headers: { 'x-amz-server-side-encryption-customer-algorithm': 'AES256', 'x-amz-server-side-encryption-customer-key': 'a2V5', 'x-amz-server-side-encryption-customer-key-md5': 'bWQ1' }, expires: 600 },
      `https://s3.us-south.example.com/bkt/key?${DOC_2013}&X-Amz-Expires=600&X-Amz-SignedHeaders=host%3Bx-amz-server-side-encryption-customer-algorithm%3Bx-amz-server-side-encryption-customer-key%3Bx-amz-server-side-encryption-customer-key-md5&X-Amz-Signature=4fe33bcce4dcda0757e2c28f3e5799b6b91e06ed1d9f186e08bb8180ae13080d`,
      { 'x-amz-server-side-encryption-customer-algorithm': 'AES256', 'x-amz-server-side-encryption-customer-key': 'a2V5', 'x-amz-server-side-encryption-customer-key-md5': 'bWQ1' }],
    ['content-type signed, cache-control returned but unsigned', { method: 'PUT', headers: { 'content-type': 'text/plain', 'cache-control': 'no-cache', 'user-agent': 'x', 'content-length': '5', expect: '100-continue' } },
      `https://s3.us-south.example.com/bkt/key?${DOC_2013}&X-Amz-Expires=3600&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=88d2d25c04eddf4dcd8082fa23716dde5d1c829b74c9c2420c61c4e71df94fa6`,
      { 'content-type': 'text/plain', 'cache-control': 'no-cache' }],
    ['repeated and bare query keys', { query: [['b', '1'], ['a', 'x y'], ['b', '0'], ['uploads', null]] },
      `https://s3.us-south.example.com/bkt/key?b=1&b=0&a=x%20y&uploads=&${DOC_2013}&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeabbbb1e75d9beff875dd929031b20793a716174a20fabe6eecb880c946327`,
      {}],
    ['unicode path and response overrides', { path: '/bkt/%C3%BC%20%2B.jpg', query: [['response-content-disposition', 'attachment; filename="x.jpg"'], ['versionId', 'v 1']] },
      `https://s3.us-south.example.com/bkt/%C3%BC%20%2B.jpg?response-content-disposition=attachment%3B%20filename%3D%22x.jpg%22&versionId=v%201&${DOC_2013}&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=5f8c212b56591728abcd8791c5926997b6ac6784198caf507b5c75f3cc13dc13`,
      {}],
    ['non-default port', { protocol: 'http:', hostname: '127.0.0.1', port: 7480, expires: 604800 },
      `http://127.0.0.1:7480/bkt/key?${DOC_2013}&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=7e5f3a999c97cb9aed1ed81f3c5700a5e9f9ef7ac702b61189c3e585e3e625c6`,
      {}],
    ['mixed-case header names', { headers: { 'Content-Type': 'a/b', 'X-Amz-Meta-A': ' x  y ' }, date: '2024-02-29T23:59:59Z' },
      'https://s3.us-south.example.com/bkt/key?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240229%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240229T235959Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=content-type%3Bhost%3Bx-amz-meta-a&X-Amz-Signature=362aa16072d16e06531cee2b3825269dad56f00af41089c9caf5c26d12174e70',
      { 'content-type': 'a/b', 'x-amz-meta-a': ' x  y ' }],
    ];

    for (const [name, c, url, headers] of CASES) {
      it(name, async () => {
        const signer = new SigV4Signer({ service: 's3', region: 'us-east-1', payloadSigning: false, credentials: async () => new Credentials(DOC_KEY, DOC_SECRET, c.token) });
        const request = { method: c.method ?? 'GET', protocol: c.protocol ?? 'https:', hostname: c.hostname ?? 's3.us-south.example.com', port: c.port, path: c.path ?? '/bkt/key', query: c.query ?? [], headers: { ...c.headers } };
        const out = await signer.presign(request, { expiresIn: c.expires ?? 3600, signingDate: new Date(c.date ?? DOC_DATE) });
        expect(out).to.deep.equal({ url, headers });
      });
    }
  });

  describe('SigV4Signer.sign', () => {
    const signer = (payloadSigning: boolean, token?: string) =>
      new SigV4Signer({ service: 's3', region: 'eu-de', payloadSigning, credentials: async () => new Credentials(DOC_KEY, DOC_SECRET, token) });
    const request = (body?: string) => ({ method: 'PUT', protocol: 'http:', hostname: '127.0.0.1', port: 7480, path: '/b/k', query: [['tagging', null]] as [string, string | null][], headers: { 'content-type': 'text/plain' } as Record<string, string>, body });
    const dateOf = (stamp: string) => new Date(stamp.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));

    it('sets host (with a non-default port), the payload hash, x-amz-date and the Authorization signHeaders computes', async () => {
      const r = request('hello');
      await signer(true).sign(r);
      expect(r.headers.host).to.equal('127.0.0.1:7480');
      expect(r.headers['x-amz-content-sha256']).to.equal('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824'); // sha256('hello')
      const again: Record<string, string> = { 'content-type': 'text/plain', host: '127.0.0.1:7480', 'x-amz-content-sha256': r.headers['x-amz-content-sha256']! };
      signHeaders(
        { method: 'PUT', path: '/b/k', query: [['tagging', null]], headers: again, payloadHash: again['x-amz-content-sha256'] },
        { credentials: creds(), region: 'eu-de', service: 's3', date: dateOf(r.headers['x-amz-date']!) },
      );
      expect(r.headers.authorization).to.equal(again.authorization);
      expect(r.headers.authorization).to.contain('SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,');
    });

    it('a large byte body (hashed on the digest thread) and a small one (hashed inline) get the SHA-256 of their bytes', async () => {
      for (const size of [0, 10, THREAD_MIN_BYTES - 1, THREAD_MIN_BYTES, 3 * 1024 * 1024 + 5]) {
        const body = randomBytes(size);
        const r = { ...request(), body };
        await signer(true).sign(r);
        expect(r.headers['x-amz-content-sha256'], String(size)).to.equal(createHash('sha256').update(body).digest('hex'));
      }
    });

    it('a request without a body (GET, HEAD, DELETE) gets the SHA-256 of no bytes', async () => {
      const r = { ...request(), method: 'GET' };
      await signer(true).sign(r);
      expect(r.headers['x-amz-content-sha256']).to.equal(createHash('sha256').digest('hex')).and.to.equal(EMPTY_SHA256);
    });

    it('without payload signing the body is UNSIGNED-PAYLOAD; a session token is sent and signed', async () => {
      const r = request('hello');
      await signer(false, 'the-token').sign(r);
      expect(r.headers['x-amz-content-sha256']).to.equal(UNSIGNED_PAYLOAD);
      expect(r.headers['x-amz-security-token']).to.equal('the-token');
      expect(r.headers.authorization).to.contain('SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token,');
    });

    it('signing a retried request again does not sign the previous Authorization', async () => {
      const r = request('hello');
      const s = signer(false);
      await s.sign(r);
      const first = r.headers.authorization!;
      await s.sign(r);
      expect(r.headers.authorization!.replace(/Signature=.*/, '')).to.equal(first.replace(/Signature=.*/, ''));
    });
  });
});
