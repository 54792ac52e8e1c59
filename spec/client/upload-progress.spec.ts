// Upload progress of one call (the internal option managed transfers pass): slices of at most
// `chunk` bytes reported as they are sent, a retry taking back what the failed attempt reported,
// and no way to set it through the params or the `{ signal }` options a user writes.
import { expect } from 'chai';
import { ParamValidationError } from '../../lib/index.js';
import { withUploadProgress } from '../../lib/client/upload-progress.js';
import { RecordingServer } from '../helpers/recording-server.js';
import { fakeClient } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';

const FAILED = { status: 500, body: '<Error><Code>InternalError</Code><Message>x</Message></Error>' };

describe('client: upload progress of a call', () => {
  const server = new RecordingServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => server.reset());

  it('reports the body per slice as it is sent; a retry first takes back what the failed attempt reported', async () => {
    server.enqueue(FAILED);
    const deltas: number[] = [];
    const body = Buffer.alloc(10_000, 1);
    const options = withUploadProgress({}, { chunk: 4096, report: (n) => deltas.push(n) });
    await fakeClient(server.endpoint).put_object({ Bucket: 'b', Key: 'k', Body: body }, options);
    expect(server.requests).to.have.length(2);
    expect(server.requests.every((r) => r.body.equals(body))).to.equal(true);
    expect(deltas).to.deep.equal([4096, 4096, 1808, -10_000, 4096, 4096, 1808]);
  });

  it('cannot be set by a caller: an unknown options key or params member is refused, a look-alike symbol is ignored', async () => {
    const s3 = fakeClient(server.endpoint);
    const report = () => expect.fail('reported');
    const optionsErr = await failure(s3.put_object({ Bucket: 'b', Key: 'k', Body: 'x' }, { upload_progress: { chunk: 1, report } } as never));
    expect(optionsErr).to.be.instanceOf(ParamValidationError);
    const paramsErr = await failure(s3.put_object({ Bucket: 'b', Key: 'k', Body: 'x', UploadProgress: { chunk: 1, report } } as never));
    expect(paramsErr).to.be.instanceOf(ParamValidationError);
    await s3.put_object({ Bucket: 'b', Key: 'k', Body: 'x' }, { [Symbol('upload progress')]: { chunk: 1, report } } as never);
    expect(server.requests).to.have.length(1);
  });
});
