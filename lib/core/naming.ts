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
