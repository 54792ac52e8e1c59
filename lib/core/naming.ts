// botocore's xform_name: the snake_case public name of a PascalCase model name
// (PutObject → put_object, ETag → e_tag, SSECustomerKeyMD5 → sse_customer_key_md5).

const cache = new Map<string, string>();

export function xformName(name: string): string {
  let out = cache.get(name);
  if (out !== undefined) return out;
  if (name.includes('_')) {
    out = name.toLowerCase();
  } else {
    out = name
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2') // SSECustomer → SSE_Customer
      .replace(/([a-z\d])([A-Z])/g, '$1_$2') // ContentLength → Content_Length
      .toLowerCase();
  }
  cache.set(name, out);
  return out;
}

/**
 * Gives a class its own name back. The bundle turns a class that refers to itself into
 * `var Config = class _Config`, and esbuild's keepNames (which would restore the name) wraps every
 * closure in a defineProperty call, ~2% of a small request's instructions. Called in a static block.
 */
export function keepClassName(cls: abstract new (...args: never[]) => unknown, name: string): void {
  if (cls.name !== name) Object.defineProperty(cls, 'name', { value: name, configurable: true });
}
