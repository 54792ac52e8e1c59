// --human-readable sizes against what aws s3 ls prints for the same sizes (awscli's
// human_readable_size run on these values: its unit rule, '%.1f' rounding, "1 Byte").
import { expect } from 'chai';
import { humanSize } from '../../cli/src/format.js';

describe('cos humanSize', () => {
  const AWS: [number, string][] = [
    [0, '0 Bytes'], [1, '1 Byte'], [2, '2 Bytes'], [1023, '1023 Bytes'], [1024, '1.0 KiB'], [1177, '1.1 KiB'],
    [1280, '1.2 KiB'], [1536, '1.5 KiB'], [1_048_575, '1.0 MiB'], [1_048_576, '1.0 MiB'], [1_000_000_000_000, '931.3 GiB'],
    [5 * 1024 ** 4, '5.0 TiB'],
  ];
  for (const [bytes, text] of AWS) it(`${bytes} → ${text}`, () => expect(humanSize(bytes)).to.equal(text));
});
