// Request bodies as the platform has them (ArrayBuffer, DataView, typed arrays, Blob, Web
// ReadableStream), what is sent for each, which are resent on a retry, and the refusal of a stream of
// unknown length before anything is sent; the StreamingBody's Web forms (bytes(), web_stream()).
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { IncompleteReadError, ParamValidationError, StreamNotReplayableError, StreamingBody } from '../../lib/index.js';
import { fakeClient } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';
import { RecordingServer } from '../helpers/recording-server.js';

const TEXT = 'platform bodies: bytes in every form';
const BYTES = Buffer.from(TEXT);
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

function webStream(...chunks: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
      controller.close();
    },
  });
}

/** BYTES inside a larger ArrayBuffer, at an offset, so a view that sends its whole buffer is caught. */
function padded(): { buffer: ArrayBuffer; offset: number } {
  const buffer = new ArrayBuffer(BYTES.length + 16);
  new Uint8Array(buffer).set(BYTES, 8);
  return { buffer, offset: 8 };
}

describe('request bodies of every platform kind (against a local recording server)', () => {
  const server = new RecordingServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => server.reset());

  const kinds: [string, () => unknown][] = [
    ['an ArrayBuffer', () => BYTES.buffer.slice(BYTES.byteOffset, BYTES.byteOffset + BYTES.length)],
    ['a DataView over part of a buffer', () => { const { buffer, offset } = padded(); return new DataView(buffer, offset, BYTES.length); }],
    ['a Uint16Array over part of a buffer', () => { const { buffer, offset } = padded(); return new Uint16Array(buffer, offset, BYTES.length / 2); }],
    ['a Blob', () => new Blob([TEXT.slice(0, 10), BYTES.subarray(10)])],
    ['a File', () => new File([BYTES], 'name.txt', { type: 'text/plain' })],
  ];

  for (const [name, make] of kinds) {
    it(`${name}: exactly its bytes, with their length, resent as they are on a retry`, async () => {
      server.enqueue({ status: 500 });
      const out = await fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: make() as Blob });
      expect(out.ResponseMetadata.RetryAttempts).to.equal(1);
      expect(server.requests).to.have.length(2);
      for (const r of server.requests) {
        expect(r.body.toString()).to.equal(TEXT);
        expect(r.headers['content-length']).to.equal(String(BYTES.length));
        expect(r.headers['transfer-encoding']).to.equal(undefined);
      }
    });
  }

  it('a Blob is hashed for payload signing like a file stream (read twice), only when payload_signing_enabled', async () => {
    await fakeClient(server.endpoint, { s3: { payload_signing_enabled: true } }).put_object({ Bucket: 'b', Key: 'k', Body: new Blob([BYTES]) });
    await fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: new Blob([BYTES]) });
    expect(server.requests.map((r) => r.headers['x-amz-content-sha256'])).to.deep.equal([sha256(BYTES), 'UNSIGNED-PAYLOAD']);
    expect(server.requests[0]!.body.toString()).to.equal(TEXT);
  });

  it('binary data of any kind is signed over http as bytes are', async () => {
    const view = new DataView(BYTES.buffer, BYTES.byteOffset, BYTES.length);
    await fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: view });
    expect(server.last.headers['x-amz-content-sha256']).to.equal(sha256(BYTES));
  });

  it('a Web ReadableStream with ContentLength is sent as a stream, and never resent', async () => {
    await fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: webStream('web ', 'stream'), ContentLength: 10 });
    expect(server.last.body.toString()).to.equal('web stream');
    server.reset();
    server.enqueue({ status: 500 });
    const err = await failure(fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: webStream('once'), ContentLength: 4 }));
    expect(err).to.be.instanceOf(StreamNotReplayableError);
    expect(server.requests).to.have.length(1);
  });

  for (const [name, make] of [['a Readable', () => Readable.from([Buffer.from('ab')])], ['a Web ReadableStream', () => webStream('ab')]] as const) {
    it(`put_object with ${name} of unknown length fails before sending, saying what to do`, async () => {
      const err = await failure(fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: make() }));
      expect(err).to.be.instanceOf(ParamValidationError);
      expect(err.message).to.include('ContentLength').and.to.include('upload_fileobj');
      expect(server.requests).to.have.length(0);
    });
  }

  it('upload_part with a stream of unknown length fails before sending too', async () => {
    const err = await failure(fakeClient(server.endpoint).upload_part({ Bucket: 'b', Key: 'k', UploadId: 'u', PartNumber: 1, Body: webStream('ab') }));
    expect(err).to.be.instanceOf(ParamValidationError);
    expect(err.message).to.include('ContentLength');
    expect(server.requests).to.have.length(0);
  });

  for (const [name, make] of [['a Web ReadableStream', () => webStream(TEXT.slice(0, 9), TEXT.slice(9))], ['a Blob', () => new Blob([BYTES])], ['a DataView', () => new DataView(BYTES.buffer, BYTES.byteOffset, BYTES.length)]] as const) {
    it(`upload_fileobj takes ${name}: one PutObject of its bytes`, async () => {
      await fakeClient(server.endpoint).upload_fileobj(make(), 'b', 'k');
      expect(server.requests.map((r) => [r.method, r.body.toString(), r.headers['content-length']])).to.deep.equal([['PUT', TEXT, String(BYTES.length)]]);
    });
  }

  it('refuses a body of no accepted kind, listing the kinds', async () => {
    const err = await failure(fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: 42 as unknown as string }));
    expect(err).to.be.instanceOf(ParamValidationError);
    expect(err.message).to.include('ArrayBuffer, DataView, Blob, Readable, ReadableStream');
  });
});

describe('StreamingBody in Web forms', () => {
  const server = new RecordingServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => server.reset());

  const get = async () => (await fakeClient(server.endpoint).get_object({ Bucket: 'b', Key: 'k' })).Body!;

  it('bytes() is a plain Uint8Array owning its buffer (not a Buffer, not a view into a pool)', async () => {
    server.respondWith(() => ({ status: 200, body: 'small' }));
    const bytes = await (await get()).bytes();
    expect(Object.getPrototypeOf(bytes)).to.equal(Uint8Array.prototype);
    expect(new TextDecoder().decode(bytes)).to.equal('small');
    expect(bytes.buffer.byteLength).to.equal(5);
  });

  it('web_stream() gives the body to Web APIs', async () => {
    server.respondWith(() => ({ status: 200, body: 'to the web' }));
    expect(await new Response((await get()).web_stream()).text()).to.equal('to the web');
  });

  it('web_stream() of a body cut short errors with IncompleteReadError', async () => {
    const reader = new StreamingBody(Readable.from([Buffer.from('short')]), 100).web_stream().getReader();
    const err = await failure((async () => { for (;;) if ((await reader.read()).done) return; })());
    expect(err).to.be.instanceOf(IncompleteReadError);
  });
});
