// Empty and error answers as botocore reads them, against a local scripted server: empty elements,
// error documents with missing or empty members, bodiless statuses with Python's reason phrases,
// a 200 whose body is an <Error> for every operation, and bodies that are no XML at all.
import { expect } from 'chai';
import { ClientError, ResponseParserError } from '../../lib/index.js';
import { ModelView } from '../../lib/core/model.js';
import { s3Model } from '../../lib/model/s3/service.js';
import { answersWithDocument } from '../../lib/protocol/parse.js';
import { reasonPhrase } from '../../lib/protocol/parse-error.js';
import { recordingClient } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';
import { ParamGenerator, seededRandom } from '../helpers/random-params.js';

const model = new ModelView(s3Model);
const XML = '<?xml version="1.0" encoding="UTF-8"?>';

describe('client: empty and error answers (as botocore reads them)', () => {
  const fx = recordingClient({ retries: { max_attempts: 0 } });
  const { server } = fx;
  const call = (op: string, params: Record<string, unknown>) => (fx.s3 as unknown as { _make_api_call(o: string, p: object): Promise<Record<string, unknown>> })._make_api_call(op, params);

  it('an empty <LocationConstraint/> is LocationConstraint: null (present, as botocore\'s None)', async () => {
    server.respondWith(() => ({ body: `${XML}<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>` }));
    const out = await fx.s3.get_bucket_location({ Bucket: 'b' });
    expect(out).to.have.property('LocationConstraint', null);
    server.respondWith(() => ({ body: `${XML}<LocationConstraint>us-standard</LocationConstraint>` }));
    expect((await fx.s3.get_bucket_location({ Bucket: 'b' })).LocationConstraint).to.equal('us-standard');
  });

  it('an empty body where a payload structure is expected gives {} (botocore parses it as an empty document)', async () => {
    server.respondWith(() => ({ headers: { 'x-amz-version-id': 'v1' } }));
    const out = await fx.s3.copy_object({ Bucket: 'b', Key: 'k', CopySource: 'src/k' });
    expect(out.CopyObjectResult).to.deep.equal({});
    expect(out.CopySourceVersionId).to.equal(undefined);
    expect((await fx.s3.get_bucket_replication({ Bucket: 'b' })).ReplicationConfiguration).to.deep.equal({});
  });

  it('an error without <Message> has no Message; an empty one is null (botocore\'s None); RequestId goes to the metadata', async () => {
    server.respondWith(() => ({ status: 404, body: `${XML}<Error><Code>NoSuchKey</Code><Key>k</Key><RequestId>r1</RequestId></Error>` }));
    const absent = (await failure(fx.s3.get_object_acl({ Bucket: 'b', Key: 'k' }))) as ClientError;
    expect(absent.response.Error).to.deep.equal({ Code: 'NoSuchKey', Key: 'k' });
    expect(absent.message).to.equal('An error occurred (NoSuchKey) when calling the GetObjectAcl operation: Unknown');
    server.respondWith(() => ({ status: 404, body: `${XML}<Error><Code>NoSuchKey</Code><Message></Message><BucketName>b</BucketName></Error>` }));
    const empty = (await failure(fx.s3.get_object_acl({ Bucket: 'b', Key: 'k' }))) as ClientError;
    expect(empty.response.Error).to.deep.equal({ Code: 'NoSuchKey', Message: null, BucketName: 'b' });
    expect(empty.message).to.equal('An error occurred (NoSuchKey) when calling the GetObjectAcl operation: None');
  });

  it('an <ErrorResponse><Error> document has Code and Message, \'\' when absent', async () => {
    server.respondWith(() => ({ status: 400, body: '<ErrorResponse><Error><Code>X</Code></Error><RequestId>r</RequestId></ErrorResponse>' }));
    const err = (await failure(fx.s3.list_objects_v2({ Bucket: 'b' }))) as ClientError;
    expect(err.response.Error).to.deep.equal({ Code: 'X', Message: '' });
  });

  it('bodiless errors say what Python says: 416 is "Requested Range Not Satisfiable"', async () => {
    server.respondWith(() => ({ status: 416 }));
    const err = (await failure(fx.s3.get_object({ Bucket: 'b', Key: 'k', Range: 'bytes=9-' }))) as ClientError;
    expect(err.response.Error).to.deep.equal({ Code: '416', Message: 'Requested Range Not Satisfiable' });
    expect([413, 414, 416, 509, 503].map(reasonPhrase)).to.deep.equal(['Request Entity Too Large', 'Request-URI Too Long', 'Requested Range Not Satisfiable', '', 'Service Unavailable']);
  });

  it('an error body that is no XML (a proxy\'s HTML page) is a ClientError with the status and the first bytes', async () => {
    const page = '<html><head><title>Bad Gateway</title></head><body><h1>nginx</h1><p>upstream gone</body></html>';
    server.respondWith(() => ({ status: 502, headers: { 'content-type': 'text/html' }, body: page }));
    const err = (await failure(fx.s3.list_objects_v2({ Bucket: 'b' }))) as ClientError;
    expect(err.response.Error).to.deep.equal({ Code: '502', Message: 'Bad Gateway' });
    expect(err.message).to.include('(502)').and.include('<html><head><title>Bad Gateway');
  });

  it('a 200 whose body is no XML is a ResponseParserError with the status and the first bytes', async () => {
    server.respondWith(() => ({ body: 'Service temporarily moved, see <a href=x>here' }));
    const err = await failure(fx.s3.list_objects_v2({ Bucket: 'b' }));
    expect(err).to.be.instanceOf(ResponseParserError);
    expect(err.message).to.include('HTTP 200').and.include('Service temporarily moved');
  });

  describe('a 200 whose body is an <Error> document is a ClientError for every operation that answers with XML', () => {
    const error200 = () => ({ body: `${XML}\n<!-- x --><Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>` });
    for (const name of model.operationNames()) {
      const op = model.operation(name);
      // a HEAD answer has no body to be an error document
      if (!answersWithDocument(model, op) || op.http.method === 'HEAD') continue;
      it(name, async () => {
        server.respondWith(error200);
        const params = new ParamGenerator(model, seededRandom(name.length)).params(op, { asciiMetadata: true });
        const err = (await failure(call(name, params))) as ClientError;
        expect(err, `${name} ${JSON.stringify(params)}`).to.be.instanceOf(ClientError);
        expect(err.response.Error).to.deep.equal({ Code: 'InternalError', Message: 'We encountered an internal error.' });
        // as botocore, which makes such an answer a 500 (and retries it)
        expect(err.status).to.equal(500);
      });
    }

    it('not for blob, string or streamed answers: there the body is the data (as botocore)', async () => {
      server.respondWith(error200);
      const out = await fx.s3.get_object({ Bucket: 'b', Key: 'k' });
      expect(await out.Body!.text()).to.include('<Error><Code>InternalError</Code>');
      expect((await fx.s3.get_bucket_policy({ Bucket: 'b' })).Policy).to.include('<Error>');
    });
  });
});
