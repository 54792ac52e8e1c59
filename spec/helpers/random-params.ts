// Random valid parameters for any operation of a model, from its shapes alone (a seeded generator,
// so a failure names the seed that reproduces it). Values are what a user may pass and the
// validator accepts: enums, min/max lengths and ranges, lists, maps, nested structures, text with
// spaces, escapes and non-ASCII letters, timestamps, blobs.
import type { ModelView } from '../../lib/core/model.js';
import type { MemberRef, OperationModel, Shape } from '../../lib/model/types.js';

/** mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratorOptions {
  /** Where a top-level member goes decides which characters its text may hold. */
  location?: MemberRef['location'];
  /** botocore refuses non-ASCII user metadata: leave it ASCII. */
  asciiMetadata?: boolean;
}

// header text may not hold control characters, nor edge spaces (HTTP strips them) nor commas in lists
const HEADER_CHARS = 'abcXYZ019-_./=+;:"()?@ üé日本語';
const TEXT_CHARS = `${HEADER_CHARS},&<>'%#\r\n\t`;
const ASCII_CHARS = 'abcXYZ019-_.=+;:';
const BUCKET_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class ParamGenerator {
  constructor(
    private readonly model: ModelView,
    private readonly random: () => number,
  ) {}

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  private text(chars: string, min: number, max: number): string {
    const length = this.int(min, Math.max(min, max));
    return Array.from({ length }, () => this.pick([...chars])).join('');
  }

  /** Params for an operation: every required member, each optional one half of the time. */
  params(op: OperationModel, options: GeneratorOptions = {}): Record<string, unknown> {
    const input = this.model.inputShape(op);
    const out: Record<string, unknown> = {};
    for (const [name, ref] of Object.entries(input?.members ?? {})) {
      if (!input!.required?.includes(name) && this.random() < 0.5) continue;
      out[name] = this.value(name, ref, this.model.of(ref), 0, { ...options, location: ref.location });
    }
    // a valid ContentLength is the length of the body it describes
    const payload = input?.payload;
    if (payload && out.ContentLength !== undefined) out.ContentLength = Buffer.byteLength(typeof out[payload] === 'string' ? (out[payload] as string) : '');
    return out;
  }

  value(name: string, ref: MemberRef, shape: Shape, depth: number, options: GeneratorOptions): unknown {
    switch (shape.type) {
      case 'structure': {
        const out: Record<string, unknown> = {};
        for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
          if (!shape.required?.includes(member) && (depth > 3 || this.random() < 0.4)) continue;
          out[member] = this.value(member, memberRef, this.model.of(memberRef), depth + 1, {});
        }
        return out;
      }
      case 'list': {
        const item = shape.member!;
        return Array.from({ length: this.int(Math.max(1, shape.min ?? 1), 3) }, () => this.value(name, item, this.model.of(item), depth + 1, options));
      }
      case 'map': {
        const out: Record<string, unknown> = {};
        for (let i = this.int(1, 2); i > 0; i--) {
          // a header map (x-amz-meta-*): names come back lower-cased, values are header text
          if (options.location === 'headers') out[this.text('abcxyz019-', 1, 8)] = this.headerText(options.asciiMetadata ? ASCII_CHARS : HEADER_CHARS, 0, 12);
          else out[this.text(ASCII_CHARS, 1, 8)] = this.value(name, shape.value!, this.model.of(shape.value!), depth + 1, options);
        }
        return out;
      }
      case 'string':
        return this.string(name, shape, options);
      case 'integer':
      case 'long':
        return this.int(shape.min ?? 0, shape.max ?? 1_000_000);
      case 'float':
      case 'double':
        return this.int(0, 1000) / 4;
      case 'boolean':
        return this.random() < 0.5;
      case 'timestamp': {
        const seconds = this.int(0, 4_000_000_000);
        return new Date(seconds * 1000 + (this.random() < 0.5 ? this.int(1, 999) : 0));
      }
      case 'blob':
        return shape.streaming ? this.text(TEXT_CHARS, 0, 20) : Buffer.from(Array.from({ length: this.int(1, 12) }, () => this.int(0, 255)));
    }
  }

  private string(name: string, shape: Shape, options: GeneratorOptions): string {
    if (shape.enum?.length) return this.pick(shape.enum);
    if (name === 'Bucket') return `b${this.text(BUCKET_CHARS, 3, 20)}`;
    if (name === 'CopySource') return `src/${this.text(ASCII_CHARS, 1, 10)}`;
    const min = Math.max(shape.min ?? 0, name === 'Key' ? 1 : 0);
    const max = Math.min(shape.max ?? 24, 24);
    if (options.location === 'header' || options.location === 'headers') return this.headerText(HEADER_CHARS, min, max);
    return this.text(TEXT_CHARS, min, max);
  }

  /** Header text: no edge spaces (HTTP strips them), no commas (header lists split on them). */
  private headerText(chars: string, min: number, max: number): string {
    return this.text(chars, min, max).replace(/^ +| +$/g, (spaces) => 'a'.repeat(spaces.length));
  }
}
