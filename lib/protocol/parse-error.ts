// Error responses: an XML <Error> document, or a bodiless/non-XML one whose code is its status.
import { STATUS_CODES } from 'node:http';
import type { ErrorResponse, ResponseMetadata } from '../errors.js';
import { type XmlNode, parseXml, textOf } from '../core/xml.js';
import { type HttpResponse, requestIdOf } from './parse.js';
import { setOwn } from '../core/own.js';

export function responseMetadata(response: HttpResponse, retryAttempts: number): ResponseMetadata {
  const meta: ResponseMetadata = {
    HTTPStatusCode: response.statusCode,
    HTTPHeaders: response.headers,
    RetryAttempts: retryAttempts,
  };
  const requestId = requestIdOf(response.headers);
  if (requestId) meta.RequestId = requestId;
  if (response.headers['x-amz-id-2']) meta.HostId = response.headers['x-amz-id-2'];
  return meta;
}

/** The Error member of a ClientError response. Never throws: a garbled body becomes the status code. */
export function parseErrorBody(response: HttpResponse): ErrorResponse['Error'] {
  const fallback = { Code: String(response.statusCode), Message: STATUS_CODES[response.statusCode] ?? '' };
  const text = response.body?.toString('utf8').trim();
  if (!text || !text.startsWith('<')) return fallback;
  let root: { name: string; node: XmlNode };
  try {
    root = parseXml(text);
  } catch {
    return fallback;
  }
  // <Error>…</Error>, or <ErrorResponse><Error>…</Error></ErrorResponse>
  let node = root.node;
  if (root.name !== 'Error' && typeof node === 'object' && node.Error !== undefined) {
    node = (Array.isArray(node.Error) ? node.Error[0] : node.Error) as XmlNode;
  } else if (root.name !== 'Error') {
    return fallback;
  }
  if (typeof node === 'string') return fallback;
  const error: ErrorResponse['Error'] = { Code: fallback.Code, Message: '' };
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('@_') || k === '#text' || v === undefined) continue;
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') setOwn(error, k, textOf(first));
  }
  if (!error.Message && !error.Code) error.Message = fallback.Message;
  return error;
}

/** A 200 answer whose body is an <Error> document (CopyObject and friends). */
export function isErrorDocument(body: Buffer | undefined): boolean {
  if (!body?.length) return false;
  const head = body.subarray(0, 512).toString('utf8');
  return /^\s*(<\?xml[^>]*\?>)?\s*<Error>/.test(head);
}
