// CRC-64/NVME (S3's CRC64NVME): reflected polynomial 0x9a6c9329ac4bc9b5, init and xorout all ones.
// No well-kept package fits (the pure-JS one runs at a third of this speed and brings an SDK core
// with it; the fast one needs the AWS CRT native runtime), and JavaScript has no fast 64-bit
// integers, so the loop is WebAssembly, which has: slicing-by-16 (table k, entry i is the CRC of
// byte i followed by k zero bytes; one step folds 16 bytes with 16 lookups). The module is 200 bytes
// assembled below, instantiated on first use; bytes are copied into its memory in 256 KiB slices.

/** The part of the WebAssembly API used here (the compile target's lib has no WebAssembly types). */
declare const WebAssembly: {
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
};

const SLICES = 16;
const TABLES_BYTES = SLICES * 256 * 8;
const SLICE = 256 * 1024;
const POLY = 0x9a6c9329ac4bc9b5n;
const ONES = (1n << 64n) - 1n;

interface Engine {
  /** crc' = update(crc) over `length` bytes at `offset` of the memory (pre-/post-inversion is the caller's). */
  update(offset: number, length: number, crc: bigint): bigint;
  input: Uint8Array;
}
let engine: Engine | undefined;

export class Crc64Nvme {
  #crc = ONES;

  update(data: Uint8Array): void {
    const { update, input } = (engine ??= instantiate());
    let crc = this.#crc;
    for (let offset = 0; offset < data.length; offset += SLICE) {
      const slice = data.subarray(offset, offset + SLICE);
      input.set(slice);
      crc = update(TABLES_BYTES, slice.length, crc);
    }
    this.#crc = crc;
  }

  /** The 8 bytes, big-endian (as S3's base64 values are). */
  digest(): Buffer {
    const out = Buffer.allocUnsafe(8);
    out.writeBigUInt64BE(BigInt.asUintN(64, this.#crc ^ ONES));
    return out;
  }
}

function instantiate(): Engine {
  const memory = new WebAssembly.Memory({ initial: Math.ceil((TABLES_BYTES + SLICE) / 65536) });
  const module = new WebAssembly.Module(assemble());
  const { u } = new WebAssembly.Instance(module, { m: { mem: memory } }).exports as unknown as { u: Engine['update'] };
  const tables = new BigUint64Array(memory.buffer, 0, SLICES * 256);
  for (let i = 0; i < 256; i++) {
    let c = BigInt(i);
    for (let bit = 0; bit < 8; bit++) c = c & 1n ? (c >> 1n) ^ POLY : c >> 1n;
    tables[i] = c;
  }
  for (let k = 1; k < SLICES; k++) {
    for (let i = 0; i < 256; i++) {
      const prev = tables[(k - 1) * 256 + i]!;
      tables[k * 256 + i] = (prev >> 8n) ^ tables[Number(prev & 0xffn)]!;
    }
  }
  return { update: u, input: new Uint8Array(memory.buffer, TABLES_BYTES, SLICE) };
}

/**
 * The module: imports memory `m.mem` (tables at 0), exports `u(ptr: i32, len: i32, crc: i64): i64`.
 * Loop 1 folds 16 bytes at a time (two i64.load, 16 table lookups); loop 2 the last 0-15 bytes one by one.
 */
function assemble(): Uint8Array {
  const uleb = (n: number): number[] => {
    const out: number[] = [];
    do {
      let byte = n & 0x7f;
      n >>>= 7;
      if (n) byte |= 0x80;
      out.push(byte);
    } while (n);
    return out;
  };
  const section = (id: number, bytes: number[]) => [id, ...uleb(bytes.length), ...bytes];
  const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
  const name = (s: string) => [...uleb(s.length), ...Buffer.from(s)];
  const [PTR, LEN, CRC, NEXT] = [0, 1, 2, 3];
  const get = (i: number) => [0x20, i];
  const set = (i: number) => [0x21, i];
  const load64 = (offset: number) => [0x29, 0x03, ...uleb(offset)];
  /** table[slice * 256 + ((word >> 8b) & 0xff)] */
  const lookup = (word: number, b: number, slice: number) => [...get(word), 0x42, 8 * b, 0x88, 0x42, 0xff, 0x01, 0x83, 0xa7, 0x41, 0x03, 0x74, ...load64(slice * 2048)];
  const bytes = [0, 1, 2, 3, 4, 5, 6, 7];
  const advance = (n: number) => [...get(PTR), 0x41, n, 0x6a, ...set(PTR), ...get(LEN), 0x41, n, 0x6b, ...set(LEN)];
  const body = [
    0x01, 0x01, 0x7e, // one more local: the second 8 bytes (i64)
    0x02, 0x40, 0x03, 0x40, // block, loop
    ...get(LEN), 0x41, 0x10, 0x49, 0x0d, 0x01, // len < 16: out
    ...get(CRC), ...get(PTR), ...load64(0), 0x85, ...set(CRC), // crc ^= bytes 0-7
    ...get(PTR), ...load64(8), ...set(NEXT), // bytes 8-15
    ...lookup(CRC, 0, 15), ...bytes.slice(1).flatMap((b) => [...lookup(CRC, b, 15 - b), 0x85]),
    ...bytes.flatMap((b) => [...lookup(NEXT, b, 7 - b), 0x85]), ...set(CRC),
    ...advance(16), 0x0c, 0x00, 0x0b, 0x0b,
    0x02, 0x40, 0x03, 0x40,
    ...get(LEN), 0x45, 0x0d, 0x01, // len == 0: out
    ...get(CRC), 0x42, 0x08, 0x88, // crc >> 8 ^ table[(crc ^ byte) & 0xff]
    ...get(CRC), ...get(PTR), 0x31, 0x00, 0x00, 0x85, 0x42, 0xff, 0x01, 0x83, 0xa7, 0x41, 0x03, 0x74, ...load64(0), 0x85, ...set(CRC),
    ...advance(1), 0x0c, 0x00, 0x0b, 0x0b,
    ...get(CRC), 0x0b,
  ];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 0x03, 0x7f, 0x7f, 0x7e, 0x01, 0x7e]])), // (i32, i32, i64) -> i64
    ...section(2, vec([[...name('m'), ...name('mem'), 0x02, 0x00, ...uleb(Math.ceil((TABLES_BYTES + SLICE) / 65536))]])),
    ...section(3, vec([[0x00]])),
    ...section(7, vec([[...name('u'), 0x00, 0x00]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}
