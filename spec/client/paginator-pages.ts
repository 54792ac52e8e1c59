// Canned listing pages (S3 XML) for the paginator specs, and a reader for the query a request sent.
import type { RecordedRequest, Reply } from '../helpers/recording-server.js';

const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

const el = (name: string, value: string | number | boolean | undefined): string => (value === undefined ? '' : `<${name}>${value}</${name}>`);

function xml(root: string, body: string): Reply {
  return { status: 200, headers: { 'content-type': 'application/xml' }, body: `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="${NS}">${body}</${root}>` };
}

export interface ObjectsPage {
  keys: string[];
  truncated: boolean;
  nextMarker?: string;
  nextToken?: string;
  prefixes?: string[];
  /** Sizes by position; default 10 × position. */
  sizes?: number[];
}

const contents = (p: ObjectsPage) =>
  p.keys.map((k, i) => `<Contents><Key>${k}</Key><Size>${p.sizes?.[i] ?? 10 * (i + 1)}</Size><ETag>"e"</ETag></Contents>`).join('') +
  (p.prefixes ?? []).map((x) => `<CommonPrefixes><Prefix>${x}</Prefix></CommonPrefixes>`).join('');

/** ListObjects (v1): NextMarker only when given (S3 sends it with a delimiter). */
export function objectsV1(p: ObjectsPage): Reply {
  return xml('ListBucketResult', `<Name>bucket</Name><Prefix></Prefix>${el('IsTruncated', p.truncated)}${el('NextMarker', p.nextMarker)}${contents(p)}`);
}

export function objectsV2(p: ObjectsPage): Reply {
  return xml('ListBucketResult', `<Name>bucket</Name><Prefix></Prefix><KeyCount>${p.keys.length}</KeyCount>${el('IsTruncated', p.truncated)}${el('NextContinuationToken', p.nextToken)}${contents(p)}`);
}

export function versions(p: { versions: [string, string][]; deleteMarkers?: [string, string][]; truncated: boolean; nextKey?: string; nextVersion?: string }): Reply {
  const v = p.versions.map(([k, id]) => `<Version><Key>${k}</Key><VersionId>${id}</VersionId><IsLatest>true</IsLatest><Size>1</Size></Version>`).join('');
  const d = (p.deleteMarkers ?? []).map(([k, id]) => `<DeleteMarker><Key>${k}</Key><VersionId>${id}</VersionId><IsLatest>false</IsLatest></DeleteMarker>`).join('');
  return xml('ListVersionsResult', `<Name>bucket</Name>${el('IsTruncated', p.truncated)}${el('NextKeyMarker', p.nextKey)}${el('NextVersionIdMarker', p.nextVersion)}${v}${d}`);
}

export function uploads(p: { uploads: [string, string][]; truncated: boolean; nextKey?: string; nextUpload?: string }): Reply {
  const u = p.uploads.map(([k, id]) => `<Upload><Key>${k}</Key><UploadId>${id}</UploadId></Upload>`).join('');
  return xml('ListMultipartUploadsResult', `<Bucket>bucket</Bucket>${el('IsTruncated', p.truncated)}${el('NextKeyMarker', p.nextKey)}${el('NextUploadIdMarker', p.nextUpload)}${u}`);
}

export function bucketsExtended(p: { names: string[]; truncated: boolean; nextMarker?: string }): Reply {
  const b = p.names.map((n) => `<Bucket><Name>${n}</Name><CreationDate>2020-01-01T00:00:00.000Z</CreationDate></Bucket>`).join('');
  return xml('ListAllMyBucketsResult', `<Owner><ID>owner</ID></Owner>${el('IsTruncated', p.truncated)}${el('NextMarker', p.nextMarker)}<Buckets>${b}</Buckets>`);
}

export function parts(p: { numbers: number[]; truncated: boolean; next?: number }): Reply {
  const ps = p.numbers.map((n) => `<Part><PartNumber>${n}</PartNumber><ETag>"p${n}"</ETag><Size>5</Size></Part>`).join('');
  return xml(
    'ListPartsResult',
    `<Bucket>bucket</Bucket><Key>big</Key><UploadId>up-1</UploadId><Initiator><ID>me</ID></Initiator>${el('IsTruncated', p.truncated)}${el('NextPartNumberMarker', p.next)}${ps}`,
  );
}

/** The decoded query of a recorded request, as an object (a repeated key keeps its last value). */
export function queryOf(req: RecordedRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(req.query));
}

/** `base64(JSON)` resume tokens, read back. */
export function decodeToken(token: unknown): Record<string, unknown> {
  return JSON.parse(Buffer.from(String(token), 'base64').toString('utf8')) as Record<string, unknown>;
}
