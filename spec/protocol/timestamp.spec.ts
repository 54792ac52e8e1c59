// Timestamps read as botocore reads them (its parse_timestamp) and written as it writes them. The
// vectors are what botocore 1.43 gives for each text (recorded once; null: botocore raises).
import { expect } from 'chai';
import { ModelView } from '../../lib/core/model.js';
import { s3Model } from '../../lib/model/s3/service.js';
import { parseResponse } from '../../lib/protocol/parse.js';
import { formatTimestamp, parseTimestamp, parseTimestampForms } from '../../lib/protocol/timestamp.js';

const BOTOCORE_READS: Record<string, string | null> = {
  '-1': '1969-12-31T23:59:59.000Z',
  '0': '1970-01-01T00:00:00.000Z',
  '1.5': '1970-01-01T00:00:01.500Z',
  '-1.5': '1969-12-31T23:59:58.500Z',
  '1e3': '1970-01-01T00:16:40.000Z',
  ' 12 ': '1970-01-01T00:00:12.000Z',
  '+5': '1970-01-01T00:00:05.000Z',
  '1_000': '1970-01-01T00:16:40.000Z',
  '1.': '1970-01-01T00:00:01.000Z',
  '.5': '1970-01-01T00:00:00.500Z',
  '2001': '1970-01-01T00:33:21.000Z',
  '1700000000.123456789': '2023-11-14T22:13:20.123Z',
  '2020-01-02T03:04:05Z': '2020-01-02T03:04:05.000Z',
  '2020-01-02T03:04:05.123Z': '2020-01-02T03:04:05.123Z',
  '2020-01-02T03:04:05.123456789Z': '2020-01-02T03:04:05.123Z',
  '2020-01-02T03:04:05+02:00': '2020-01-02T01:04:05.000Z',
  '2020-01-02T03:04:05.5-0130': '2020-01-02T04:34:05.500Z',
  // no zone: botocore keeps a naive datetime, which it treats as UTC where a zone matters
  '2020-01-02T03:04:05': '2020-01-02T03:04:05.000Z',
  '2020-01-02': '2020-01-02T00:00:00.000Z',
  '2020-01-02 03:04:05': '2020-01-02T03:04:05.000Z',
  '20200102T030405Z': '2020-01-02T03:04:05.000Z',
  '2020-01-02T03:04Z': '2020-01-02T03:04:00.000Z',
  'Thu, 02 Jan 2020 03:04:05 GMT': '2020-01-02T03:04:05.000Z',
  'Thu, 02 Jan 2020 03:04:05 UTC': '2020-01-02T03:04:05.000Z',
  'Thu, 02 Jan 2020 03:04:05 +0000': '2020-01-02T03:04:05.000Z',
  'Thu, 2 Jan 2020 03:04:05 GMT': '2020-01-02T03:04:05.000Z',
  '02 Jan 2020 03:04:05 GMT': '2020-01-02T03:04:05.000Z',
  'Wed, 02 Jan 2020 03:04:05 GMT': '2020-01-02T03:04:05.000Z',
  'Thursday, 02-Jan-20 03:04:05 GMT': '2020-01-02T03:04:05.000Z',
  'Thu Jan  2 03:04:05 2020': '2020-01-02T03:04:05.000Z',
  nan: null,
  inf: null,
  '-inf': null,
  '': null,
  garbage: null,
  '0x10': null,
  '1e': null,
  '9999999999999': null,
  'Thu, 02 Jan 2020 25:04:05 GMT': null,
  '2020-13-01T00:00:00Z': null,
  '2020-02-30T00:00:00Z': null,
  '2020-01-02T03:04:05.Z': null,
};

const model = new ModelView(s3Model);

describe('protocol/timestamp (botocore parse_timestamp semantics)', () => {
  for (const [text, iso] of Object.entries(BOTOCORE_READS)) {
    it(`${JSON.stringify(text)} reads as ${iso ?? 'no timestamp'}`, () => {
      expect(parseTimestamp(text)?.toISOString() ?? null).to.equal(iso);
    });
  }

  it('the IMF-fixdate fast path reads what the regular expressions read, and leaves every other text to them', () => {
    const dates: string[] = [];
    for (let ms = Date.UTC(1899, 0, 1); ms < Date.UTC(2101, 0, 1); ms += 86_400_000 * 37 + 3_723_000) dates.push(new Date(ms).toUTCString());
    dates.push('Thu, 31 Feb 2020 03:04:05 GMT', 'Thu, 30 Apr 2020 24:00:00 GMT', 'Thu, 01 Jan 2020 23:60:00 GMT', 'Thu, 01 Jan 2020 23:59:60 GMT',
      'thu, 02 jan 2020 03:04:05 gmt', 'THU, 02 JAN 2020 03:04:05 UTC', 'Xyz, 02 Jan 2020 03:04:05 GMT', 'Thu, 02 Jam 2020 03:04:05 GMT',
      'Thu, 00 Jan 2020 03:04:05 GMT', 'Thu  02 Jan 2020 03:04:05 GMT', 'Thu, 02-Jan-2020 03:04:05 GMT', 'Thu, 02 Jan 2020 03:04:05 +000');
    const noise = [' ', '-', ':', ',', '0', '9', 'x', 'Z', '\t', '+'];
    const texts = [...dates];
    for (const [i, d] of dates.entries()) for (let at = 0; at < d.length; at += 3) texts.push(d.slice(0, at) + noise[(i + at) % noise.length] + d.slice(at + 1));
    let fast = 0;
    for (const text of texts) {
      const got = parseTimestamp(text)?.toISOString() ?? null;
      expect(got, JSON.stringify(text)).to.equal(parseTimestampForms(text)?.toISOString() ?? null);
      if (got !== null) fast++;
    }
    expect(fast).to.be.greaterThan(dates.length); // valid texts among the mutated ones too
  });

  it('every timestamp location of an answer uses it: headers (Expires: -1), XML dates, header ISO dates', () => {
    const head = parseResponse(model, model.operation('HeadObject'), {
      statusCode: 200,
      headers: { expires: '-1', 'last-modified': 'Thu, 02 Jan 2020 03:04:05 GMT', 'retention-expiration-date': '2030-01-02T03:04:05.250Z' },
    });
    expect((head.Expires as Date).toISOString()).to.equal('1969-12-31T23:59:59.000Z');
    expect((head.LastModified as Date).toISOString()).to.equal('2020-01-02T03:04:05.000Z');
    expect((head.RetentionExpirationDate as Date).toISOString()).to.equal('2030-01-02T03:04:05.250Z');
    // a value no format reads is left out rather than guessed (V8 would read 'Mon 1' as 2001)
    const odd = parseResponse(model, model.operation('HeadObject'), { statusCode: 200, headers: { expires: 'Mon 1', 'last-modified': 'soon' } });
    expect(odd).to.not.have.any.keys('Expires', 'LastModified');
    const list = parseResponse(model, model.operation('ListObjects'), {
      statusCode: 200,
      headers: {},
      body: Buffer.from('<ListBucketResult><Contents><Key>a</Key><LastModified>1700000000</LastModified></Contents><Contents><Key>b</Key><LastModified>2009-10-12T17:50:30.123456Z</LastModified></Contents></ListBucketResult>'),
    });
    const dates = (list.Contents as { LastModified: Date }[]).map((c) => c.LastModified.toISOString());
    expect(dates).to.deep.equal(['2023-11-14T22:13:20.000Z', '2009-10-12T17:50:30.123Z']);
  });

  it('writes ISO 8601 with microseconds only when there are any, RFC 822, epoch seconds (floored); any accepted input form', () => {
    const d = new Date(Date.UTC(2015, 0, 1, 0, 0, 0, 250));
    expect(formatTimestamp(d, 'iso8601')).to.equal('2015-01-01T00:00:00.250000Z');
    expect(formatTimestamp(new Date(Date.UTC(2015, 0, 1)), 'iso8601')).to.equal('2015-01-01T00:00:00Z');
    expect(formatTimestamp(-1.5, 'unixTimestamp')).to.equal('-2');
    expect(formatTimestamp('Thu, 02 Jan 2020 03:04:05 GMT', 'iso8601')).to.equal('2020-01-02T03:04:05Z');
    expect(formatTimestamp('-1', 'rfc822')).to.equal('Wed, 31 Dec 1969 23:59:59 GMT');
    expect(() => formatTimestamp('Mon 1', 'iso8601')).to.throw(TypeError, 'Invalid timestamp');
  });
});
