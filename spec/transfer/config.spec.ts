// TransferConfig: boto3's names and defaults, validation, and the part-size arithmetic.
import { expect } from 'chai';
import { InvalidConfigError, TransferConfig } from '../../lib/index.js';
import { MAX_PARTS, MAX_PART_SIZE, MB, MIN_PART_SIZE, adjustChunkSize, byteRanges } from '../../lib/transfer/config.js';

const GiB = 1024 * MB;

describe('transfer: TransferConfig', () => {
  it("has boto3's defaults", () => {
    const c = new TransferConfig();
    expect({ ...c }).to.deep.equal({
      multipart_threshold: 8 * MB,
      multipart_chunksize: 8 * MB,
      max_concurrency: 10,
      num_download_attempts: 5,
      io_chunksize: 256 * 1024,
      use_threads: true,
      max_bandwidth: null,
    });
    expect(c.concurrency).to.equal(10);
  });

  it('takes options by their boto3 names, is frozen, and use_threads: false means one request at a time', () => {
    const c = new TransferConfig({ multipart_threshold: 16 * MB, max_concurrency: 4, use_threads: false, max_bandwidth: 1e6 });
    expect(c.multipart_threshold).to.equal(16 * MB);
    expect(c.multipart_chunksize).to.equal(8 * MB);
    expect(c.max_bandwidth).to.equal(1e6);
    expect(c.concurrency).to.equal(1);
    expect(Object.isFrozen(c)).to.equal(true);
  });

  it('names an unknown option (a camelCase slip) and lists the valid ones: InvalidConfigError (botocore: TypeError)', () => {
    expect(() => new TransferConfig({ maxConcurrency: 3 } as never)).to.throw(InvalidConfigError, /Unknown parameter in TransferConfig: "maxConcurrency", must be one of: .*max_concurrency/);
  });

  it('refuses zero, negative, fractional and non-numeric sizes and counts', () => {
    for (const bad of [0, -1, 1.5, NaN, '8' as never]) {
      expect(() => new TransferConfig({ multipart_chunksize: bad }), String(bad)).to.throw(InvalidConfigError, /TransferConfig.multipart_chunksize, value: .*: expected a positive integer/);
    }
    expect(() => new TransferConfig({ max_concurrency: 0 })).to.throw(InvalidConfigError, /max_concurrency/);
    expect(() => new TransferConfig({ num_download_attempts: -2 })).to.throw(InvalidConfigError, /num_download_attempts/);
    expect(() => new TransferConfig({ max_bandwidth: 0 })).to.throw(InvalidConfigError, /max_bandwidth/);
    expect(() => new TransferConfig({ use_threads: 'yes' as never })).to.throw(InvalidConfigError, /use_threads/);
    const err = (() => { try { new TransferConfig({ max_concurrency: 0, io_chunksize: -1 }); } catch (e) { return e as InvalidConfigError; } })();
    expect(err?.problems).to.have.length(2); // every problem at once
  });

  it("refuses boto3's max_io_queue, saying why: there is no queue of chunks waiting for an IO thread to bound", () => {
    expect(() => new TransferConfig({ max_io_queue: 100 } as never)).to.throw(
      InvalidConfigError,
      /TransferConfig option max_io_queue is not supported: .*each range waits for its own writes .*; remove it/,
    );
    expect(new TransferConfig({ max_io_queue: undefined } as never)).to.not.have.property('max_io_queue');
  });

  it('undefined options keep their defaults', () => {
    expect(new TransferConfig({ max_concurrency: undefined }).max_concurrency).to.equal(10);
  });
});

describe('transfer: part sizes', () => {
  it('keeps the chunk size while the parts fit in 10,000', () => {
    expect(adjustChunkSize(8 * MB, 100 * MB)).to.equal(8 * MB);
    expect(adjustChunkSize(8 * MB, 8 * MB * MAX_PARTS)).to.equal(8 * MB);
  });

  it('doubles the part size until the parts fit in 10,000 (as s3transfer)', () => {
    expect(adjustChunkSize(8 * MB, 8 * MB * MAX_PARTS + 1)).to.equal(16 * MB);
    const size = 1000 * GiB;
    const part = adjustChunkSize(8 * MB, size);
    expect(Math.ceil(size / part)).to.be.at.most(MAX_PARTS);
    expect(part).to.equal(128 * MB);
  });

  it("clamps to S3's 5 MiB minimum and 5 GiB maximum part", () => {
    expect(adjustChunkSize(1024, 10 * MB)).to.equal(MIN_PART_SIZE);
    expect(adjustChunkSize(6 * GiB, 10 * GiB)).to.equal(MAX_PART_SIZE);
    expect(adjustChunkSize(4 * GiB, 4 * GiB * MAX_PARTS + 1)).to.equal(MAX_PART_SIZE);
  });

  it('an unknown length keeps the (clamped) chunk size', () => {
    expect(adjustChunkSize(8 * MB)).to.equal(8 * MB);
    expect(adjustChunkSize(1)).to.equal(MIN_PART_SIZE);
  });

  it('byteRanges covers every byte once, inclusive ends, last range shorter', () => {
    expect(byteRanges(10, 4)).to.deep.equal([{ start: 0, end: 3 }, { start: 4, end: 7 }, { start: 8, end: 9 }]);
    expect(byteRanges(8, 4)).to.deep.equal([{ start: 0, end: 3 }, { start: 4, end: 7 }]);
    expect(byteRanges(0, 4)).to.deep.equal([]);
  });
});
