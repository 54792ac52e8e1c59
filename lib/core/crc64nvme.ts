// CRC-64/NVME (S3's CRC64NVME): reflected polynomial 0x9a6c9329ac4bc9b5, init and xorout all ones.
// No well-kept package fits (the pure-JS one is slower and brings an SDK core with it), so:
// slicing-by-8 over 32-bit halves, as JavaScript has no fast 64-bit integers. Table k, entry i is
// the CRC of byte i followed by k zero bytes, so one step folds 8 bytes with 16 lookups.
// Tables are Int32Array: their values stay small integers in the hot loop (Uint32 ones become doubles).

const POLY_LO = 0xac4bc9b5 | 0;
const POLY_HI = 0x9a6c9329 | 0;

function buildTables(): { lo: Int32Array[]; hi: Int32Array[] } {
  const lo0 = new Int32Array(256);
  const hi0 = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let lo = i;
    let hi = 0;
    for (let bit = 0; bit < 8; bit++) {
      const odd = lo & 1;
      lo = (lo >>> 1) | (hi << 31);
      hi >>>= 1;
      if (odd) {
        lo ^= POLY_LO;
        hi ^= POLY_HI;
      }
    }
    lo0[i] = lo;
    hi0[i] = hi;
  }
  const lo = [lo0];
  const hi = [hi0];
  for (let k = 1; k < 8; k++) {
    const pl = lo[k - 1]!;
    const ph = hi[k - 1]!;
    const nl = new Int32Array(256);
    const nh = new Int32Array(256);
    for (let i = 0; i < 256; i++) {
      const j = pl[i]! & 0xff;
      nl[i] = ((pl[i]! >>> 8) | (ph[i]! << 24)) ^ lo0[j]!;
      nh[i] = (ph[i]! >>> 8) ^ hi0[j]!;
    }
    lo.push(nl);
    hi.push(nh);
  }
  return { lo, hi };
}

const TABLES = buildTables();
const [L0, L1, L2, L3, L4, L5, L6, L7] = TABLES.lo as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
const [H0, H1, H2, H3, H4, H5, H6, H7] = TABLES.hi as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];

/** A running CRC64NVME: update() with bytes in order, digest() gives the 8 bytes big-endian. */
export class Crc64Nvme {
  /** [lo, hi] of the register. */
  readonly #state = new Int32Array([-1, -1]);

  update(data: Uint8Array): void {
    const state = this.#state;
    let lo = state[0]!;
    let hi = state[1]!;
    const n = data.length;
    let i = 0;
    while (i + 8 <= n) {
      lo ^= data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
      hi ^= data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24);
      const a = lo & 0xff, b = (lo >>> 8) & 0xff, c = (lo >>> 16) & 0xff, d = lo >>> 24;
      const e = hi & 0xff, f = (hi >>> 8) & 0xff, g = (hi >>> 16) & 0xff, h = hi >>> 24;
      lo = L7[a]! ^ L6[b]! ^ L5[c]! ^ L4[d]! ^ L3[e]! ^ L2[f]! ^ L1[g]! ^ L0[h]!;
      hi = H7[a]! ^ H6[b]! ^ H5[c]! ^ H4[d]! ^ H3[e]! ^ H2[f]! ^ H1[g]! ^ H0[h]!;
      i += 8;
    }
    while (i < n) {
      const j = (lo ^ data[i]!) & 0xff;
      lo = ((lo >>> 8) | (hi << 24)) ^ L0[j]!;
      hi = (hi >>> 8) ^ H0[j]!;
      i++;
    }
    state[0] = lo;
    state[1] = hi;
  }

  digest(): Buffer {
    const out = Buffer.allocUnsafe(8);
    out.writeInt32BE(this.#state[1]! ^ -1, 0);
    out.writeInt32BE(this.#state[0]! ^ -1, 4);
    return out;
  }
}
