import { expect } from 'chai';
import { AbortError, ClientError, ParamValidationError, UnknownWaiterError, Waiter, WaiterError } from '../../lib/index.js';
import type { WaiterModel } from '../../lib/model/types.js';
import { recordingClient } from '../helpers/clients.js';
import { failure } from '../helpers/failure.js';

const FAST = { Delay: 0.01 };

describe('client/waiter', () => {
  describe('S3 waiters against canned statuses', () => {
    const fx = recordingClient();
    const { server } = fx;

    const statuses = (...codes: number[]) => server.enqueue(...codes.map((status) => ({ status })));

    it('has the four reference waiters with delay 5 and 20 attempts', () => {
      expect(fx.s3.waiter_names).to.deep.equal(['bucket_exists', 'bucket_not_exists', 'object_exists', 'object_not_exists']);
      for (const name of fx.s3.waiter_names) {
        const waiter = fx.s3.get_waiter(name as 'bucket_exists');
        expect([waiter.config.delay, waiter.config.maxAttempts], name).to.deep.equal([5, 20]);
      }
      expect(fx.s3.get_waiter('object_exists').name).to.equal('ObjectExists');
    });

    it('an unknown waiter name throws UnknownWaiterError', () => {
      expect(() => fx.s3.get_waiter('bucket_gone' as 'bucket_exists')).to.throw(UnknownWaiterError, 'bucket_gone');
    });

    it('bucket_exists retries on 404 and succeeds on 200, sending HEAD /bucket without WaiterConfig', async () => {
      statuses(404, 404, 200);
      await fx.s3.get_waiter('bucket_exists').wait({ Bucket: 'bucket', WaiterConfig: FAST });
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).to.deep.equal(['HEAD /bucket', 'HEAD /bucket', 'HEAD /bucket']);
    });

    it('bucket_exists accepts 403 (the bucket exists, owned by someone else)', async () => {
      statuses(403);
      await fx.s3.get_waiter('bucket_exists').wait({ Bucket: 'bucket', WaiterConfig: FAST });
      expect(server.requests).to.have.length(1);
    });

    it('bucket_not_exists keeps polling while the bucket answers 200, succeeds on 404', async () => {
      statuses(200, 200, 404);
      await fx.s3.get_waiter('bucket_not_exists').wait({ Bucket: 'bucket', WaiterConfig: FAST });
      expect(server.requests).to.have.length(3);
    });

    it('object_exists passes the HeadObject params (VersionId) on every attempt', async () => {
      statuses(404, 200);
      await fx.s3.get_waiter('object_exists').wait({ Bucket: 'bucket', Key: 'dir/a b', VersionId: 'v1', WaiterConfig: FAST });
      expect(server.requests.map((r) => r.url)).to.deep.equal(['/bucket/dir/a%20b?versionId=v1', '/bucket/dir/a%20b?versionId=v1']);
    });

    it('gives up after MaxAttempts with WaiterError carrying the last response and the error', async () => {
      server.respondWith(() => ({ status: 404 }));
      const err = (await failure(fx.s3.get_waiter('object_exists').wait({ Bucket: 'bucket', Key: 'k', WaiterConfig: { Delay: 0, MaxAttempts: 3 } }))) as WaiterError;
      expect(err).to.be.instanceOf(WaiterError);
      expect(err.waiter_name).to.equal('ObjectExists');
      expect(err.message).to.equal('Waiter ObjectExists failed: Max attempts exceeded. Previously accepted state: Matched expected HTTP status code: 404');
      expect((err.last_response as { ResponseMetadata: { HTTPStatusCode: number } }).ResponseMetadata.HTTPStatusCode).to.equal(404);
      expect((err.last_response as { Error: { Code: string } }).Error.Code).to.equal('404');
      expect(err.cause).to.be.instanceOf(ClientError);
      expect(server.requests).to.have.length(3);
    });

    it('object_not_exists gives up when the object stays (200 matches no acceptor)', async () => {
      server.respondWith(() => ({ status: 200 }));
      const err = (await failure(fx.s3.get_waiter('object_not_exists').wait({ Bucket: 'bucket', Key: 'k', WaiterConfig: { Delay: 0, MaxAttempts: 2 } }))) as WaiterError;
      expect(err.reason).to.equal('Max attempts exceeded');
      expect((err.last_response as { ResponseMetadata: { HTTPStatusCode: number } }).ResponseMetadata.HTTPStatusCode).to.equal(200);
      expect(server.requests).to.have.length(2);
    });

    it('an error no acceptor expects fails at once', async () => {
      statuses(400);
      const err = (await failure(fx.s3.get_waiter('object_exists').wait({ Bucket: 'bucket', Key: 'k', WaiterConfig: FAST }))) as WaiterError;
      expect(err).to.be.instanceOf(WaiterError);
      expect(err.reason).to.match(/^An error occurred \(400\): /);
      expect(server.requests).to.have.length(1);
    });

    it('bad WaiterConfig fails before any request, listing every problem', async () => {
      const err = (await failure(fx.s3.get_waiter('bucket_exists').wait({ Bucket: 'bucket', WaiterConfig: { Delay: -1, MaxAttempts: 0 } }))) as ParamValidationError;
      expect(err).to.be.instanceOf(ParamValidationError);
      expect(err.problems).to.have.length(2);
      expect(server.requests).to.have.length(0);
    });

    it('an AbortSignal stops the wait while it sleeps', async () => {
      const controller = new AbortController();
      server.respondWith(() => {
        controller.abort(new Error('user gave up'));
        return { status: 404 };
      });
      const err = await failure(fx.s3.get_waiter('bucket_exists').wait({ Bucket: 'bucket', WaiterConfig: { Delay: 600 } }, { signal: controller.signal }));
      expect(err).to.be.instanceOf(AbortError);
      expect(server.requests).to.have.length(1);
    });

    it('an already aborted signal makes no request', async () => {
      const err = await failure(fx.s3.get_waiter('bucket_exists').wait({ Bucket: 'bucket' }, { signal: AbortSignal.abort() }));
      expect(err).to.be.instanceOf(AbortError);
      expect(server.requests).to.have.length(0);
    });
  });

  describe('the generic acceptor engine', () => {
    const model: WaiterModel = {
      operation: 'DescribeThing',
      delay: 0,
      maxAttempts: 10,
      acceptors: [
        { matcher: 'path', argument: 'Thing.State', expected: 'ready', state: 'success' },
        { matcher: 'pathAny', argument: 'Parts[].State', expected: 'broken', state: 'failure' },
        { matcher: 'pathAll', argument: 'Parts[].State', expected: 'done', state: 'success' },
        { matcher: 'error', expected: 'Gone', state: 'failure' },
        { matcher: 'error', expected: 'NotYet', state: 'retry' },
      ],
    };
    const errorResponse = (code: string) =>
      new ClientError({ Error: { Code: code, Message: `${code}!` }, ResponseMetadata: { HTTPStatusCode: 400, HTTPHeaders: {}, RetryAttempts: 0 } }, 'DescribeThing');

    function scripted(steps: (object | Error)[]) {
      const calls: Record<string, unknown>[] = [];
      const op = async (params: Record<string, unknown>) => {
        calls.push(params);
        const step = steps.shift();
        if (step instanceof Error) throw step;
        return step ?? {};
      };
      return { calls, waiter: new Waiter('ThingReady', model, op) };
    }

    it('path: succeeds when the expression equals the expected value; retries otherwise', async () => {
      const { calls, waiter } = scripted([{ Thing: { State: 'pending' } }, errorResponse('NotYet'), { Thing: { State: 'ready' } }]);
      await waiter.wait({ Id: 1 });
      expect(calls).to.deep.equal([{ Id: 1 }, { Id: 1 }, { Id: 1 }]);
    });

    it('pathAll: every element must match (an empty list does not)', async () => {
      const { calls, waiter } = scripted([{ Parts: [] }, { Parts: [{ State: 'done' }, { State: 'working' }] }, { Parts: [{ State: 'done' }, { State: 'done' }] }]);
      await waiter.wait();
      expect(calls).to.have.length(3);
    });

    it('pathAny failure is terminal, with the acceptor explained', async () => {
      const { waiter } = scripted([{ Parts: [{ State: 'done' }, { State: 'broken' }] }]);
      const err = (await failure(waiter.wait())) as WaiterError;
      expect(err.reason).to.equal('Waiter encountered a terminal failure state: For expression "Parts[].State" we matched expected path: "broken" at least once');
      expect(err.last_response).to.deep.equal({ Parts: [{ State: 'done' }, { State: 'broken' }] });
    });

    it('error matcher by code: failure carries the error response', async () => {
      const { waiter } = scripted([errorResponse('Gone')]);
      const err = (await failure(waiter.wait())) as WaiterError;
      expect(err.reason).to.equal('Waiter encountered a terminal failure state: Matched expected service error code: Gone');
      expect((err.last_response as { Error: { Code: string } }).Error.Code).to.equal('Gone');
    });

    it('errors that are not service errors propagate unchanged', async () => {
      const boom = new TypeError('network down');
      const { waiter } = scripted([boom]);
      expect(await failure(waiter.wait())).to.equal(boom);
    });

    it('accepts fractional Delay seconds and MaxAttempts from WaiterConfig', async () => {
      const { calls, waiter } = scripted([{}, {}, {}, {}]);
      const err = (await failure(waiter.wait({ WaiterConfig: { Delay: 0.001, MaxAttempts: 2 } }))) as WaiterError;
      expect(err.reason).to.equal('Max attempts exceeded');
      expect(calls).to.have.length(2);
    });
  });
});
