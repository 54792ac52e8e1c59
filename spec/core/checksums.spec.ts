// The five flexible-checksum algorithms against published check values ("123456789" from the CRC
// catalogue, "abc" from FIPS 180), in one piece and in chunks; composite and full-object values of
// multipart objects built from part checksums.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import {
  CHECKSUM_ALGORITHMS, type ChecksumAlgorithm, checksumHeader, checksumMember, checksumOf, combineCrcs, compositeChecksum, multipartChecksumType, newChecksum,
} from '../../lib/core/checksums.js';

/** Check values (hex, big-endian) of the algorithm's input. */
const VECTORS: Record<ChecksumAlgorithm, { input: string; hex: string }[]> = {
  CRC32: [{ input: '123456789', hex: 'cbf43926' }, { input: '', hex: '00000000' }, { input: 'hello', hex: '3610a686' }],
  CRC32C: [{ input: '123456789', hex: 'e3069283' }, { input: '', hex: '00000000' }],
  CRC64NVME: [{ input: '123456789', hex: 'ae8b14860a799888' }, { input: '', hex: '0000000000000000' }],
  SHA1: [{ input: 'abc', hex: 'a9993e364706816aba3e25717850c26c9cd0d89d' }],
  SHA256: [
    { input: 'abc', hex: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    { input: '', hex: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
  ],
};
const b64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

describe('core/checksums: flexible checksum algorithms', () => {
  it('names the members and headers as S3 does', () => {
    expect(CHECKSUM_ALGORITHMS.map(checksumMember)).to.deep.equal(['ChecksumCRC32', 'ChecksumCRC32C', 'ChecksumCRC64NVME', 'ChecksumSHA1', 'ChecksumSHA256']);
    expect(checksumHeader('CRC64NVME')).to.equal('x-amz-checksum-crc64nvme');
  });

  for (const algorithm of CHECKSUM_ALGORITHMS) {
    it(`${algorithm}: published check values, base64 of the big-endian digest`, async () => {
      for (const { input, hex } of VECTORS[algorithm]) expect(await checksumOf(algorithm, input), `"${input}"`).to.equal(b64(hex));
    });

    it(`${algorithm}: the same value whatever the chunking (1, 7, 8, 9 and 4096-byte pieces of 100 kB)`, async () => {
      const data = randomBytes(100_000 + 3);
      const whole = await checksumOf(algorithm, data);
      for (const size of [1, 7, 8, 9, 4096]) {
        const sum = await newChecksum(algorithm);
        for (let o = 0; o < data.length; o += size) sum.update(data.subarray(o, o + size));
        expect(sum.digest().toString('base64'), `pieces of ${size}`).to.equal(whole);
      }
    });
  }

  for (const algorithm of ['CRC32', 'CRC32C', 'CRC64NVME'] as const) {
    it(`${algorithm}: the full-object value combined from the parts equals the checksum of all the bytes`, async () => {
      const data = randomBytes(300_001);
      const cuts = [0, 1, 65_536, 200_000, 300_001];
      const parts = [];
      for (let i = 0; i + 1 < cuts.length; i++) {
        const piece = data.subarray(cuts[i], cuts[i + 1]);
        parts.push({ checksum: await checksumOf(algorithm, piece), size: piece.length });
      }
      expect(combineCrcs(algorithm, parts)).to.equal(await checksumOf(algorithm, data));
      expect(combineCrcs(algorithm, [parts[2]!])).to.equal(parts[2]!.checksum);
    });
  }

  it('composite: the checksum of the concatenated binary part checksums, then -N', async () => {
    const parts = [await checksumOf('SHA256', 'part one'), await checksumOf('SHA256', 'part two')];
    const concatenated = Buffer.concat(parts.map((p) => Buffer.from(p, 'base64')));
    expect(await compositeChecksum('SHA256', parts)).to.equal(`${await checksumOf('SHA256', concatenated)}-2`);
  });

  it('multipart objects: CRC64NVME whole (FULL_OBJECT), the others by parts (COMPOSITE), as S3 defines them', () => {
    expect(CHECKSUM_ALGORITHMS.map(multipartChecksumType)).to.deep.equal(['COMPOSITE', 'COMPOSITE', 'FULL_OBJECT', 'COMPOSITE', 'COMPOSITE']);
  });

  it('has no full-object form for SHA', () => {
    expect(() => combineCrcs('SHA1', [])).to.throw(TypeError, /no full-object form/);
  });
});
