// Error responses: an XML <Error> document, or a bodiless/non-XML one whose code is its status.
// Follows botocore's RestXMLParser error parsing (and its reason phrases, which are Python's).
import { STATUS_CODES } from 'node:http';
import type { ErrorResponse, ResponseMetadata } from '../errors.js';
import type { ModelView } from '../core/model.js';
import type { OperationModel } from '../model/types.js';
import { type XmlNode, parseXml, textOf } from '../core/xml.js';
import type { HttpResponse } from '../core/http-message.js';
import { answersWithDocument, bodyExcerpt, requestIdOf } from './parse.js';

/** Where Python's http.client reason phrases (botocore's messages for bodiless errors) differ from Node's. */
const PYTHON_REASONS: Record<number, string | undefined> = {
  413: 'Request Entity Too Large',
  414: 'Request-URI Too Long',
  416: 'Requested Range Not Satisfiable',
  509: undefined,
};

/** The reason phrase botocore gives a status ('' when Python has none). */
export function reasonPhrase(status: number): string {
  return (Object.hasOwn(PYTHON_REASONS, status) ? PYTHON_REASONS[status] : STATUS_CODES[status]) ?? '';
}
import { setOwn } from '../core/own.js';

export function responseMetadata(response: HttpResponse, retryAttempts: number): ResponseMetadata {
  const meta: ResponseMetadata = {
    HTTPStatusCode: response.statusCode,
    HTTPHeaders: response.headers,
    RetryAttempts: retryAttempts,
  };
  const requestId = requestIdOf(response.headers);
  if (requestId) meta.RequestId = requestId;
  // botocore: with an x-amz-request-id there is always a HostId, '' when x-amz-id-2 is absent
  const hostId = response.headers['x-amz-id-2'] ?? (response.headers['x-amz-request-id'] !== undefined ? '' : undefined);
  if (hostId !== undefined) meta.HostId = hostId;
  return meta;
}

/** An element's value in an error document: its text, null when empty (botocore's None), nested elements as objects. */
function errorValue(node: XmlNode): unknown {
  if (typeof node === 'string') return node === '' ? null : textOf(node);
  const children = Object.entries(node).filter(([k]) => !k.startsWith('@_') && k !== '#text');
  if (!children.length) return textOf(node) || null;
  return Object.fromEntries(children.map(([k, v]) => [k, errorValue((Array.isArray(v) ? v[0] : v) as XmlNode)]));
}

/**
 * The Error member of a ClientError response. Never throws. An <Error> document gives exactly its
 * elements (an absent <Message> stays absent, an empty one is null; RequestId/HostId go to the
 * metadata); an <ErrorResponse><Error> one also has Code and Message ('' when absent). A bodiless
 * or non-XML answer gets the status as its code and the reason phrase as its message.
 * Deliberate difference: an <Error> without <Code> keeps the status as its code (botocore has none).
 */
export function parseErrorBody(response: HttpResponse): ErrorResponse['Error'] {
  const fallback = { Code: String(response.statusCode), Message: reasonPhrase(response.statusCode) };
  const root = errorRoot(response.body);
  if (!root) return fallback;
  const error: ErrorResponse['Error'] = root.wrapped ? { Code: '', Message: '' } : { Code: fallback.Code };
  if (typeof root.node === 'string') return error;
  for (const [k, v] of Object.entries(root.node)) {
    if (k.startsWith('@_') || k === '#text' || v === undefined) continue;
    if (!root.wrapped && (k === 'RequestId' || k === 'HostId')) continue;
    setOwn(error, k, errorValue((Array.isArray(v) ? v[0] : v) as XmlNode) as string | null);
  }
  return error;
}

/** The <Error> element of an error body: the root, or the child of an <ErrorResponse>-like root. */
function errorRoot(body: Buffer | undefined): { node: XmlNode; wrapped: boolean } | undefined {
  const text = body?.toString('utf8').trim();
  if (!text || !text.startsWith('<')) return undefined;
  let root: { name: string; node: XmlNode };
  try {
    root = parseXml(text);
  } catch {
    return undefined;
  }
  if (root.name === 'Error') return { node: root.node, wrapped: false };
  const inner = typeof root.node === 'object' ? root.node.Error : undefined;
  if (inner === undefined) return undefined;
  return { node: (Array.isArray(inner) ? inner[0] : inner) as XmlNode, wrapped: true };
}

/**
 * For an error body that is no error document (an HTML page from a proxy, a wrong endpoint): its
 * first bytes, for the exception's message. Undefined for empty bodies and error documents.
 */
export function foreignBodyExcerpt(body: Buffer | undefined): string | undefined {
  if (!body?.length || errorRoot(body)) return undefined;
  return bodyExcerpt(body);
}

// a document whose first element is <Error …>, after an optional BOM, XML declaration and comments
const ERROR_ROOT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<Error[\s/>]/;

/**
 * A 200 answer whose body is an <Error> document: an error for every operation whose answer is an
 * XML document (botocore's _handle_200_error: all but blob/string payloads and streams).
 */
export function isErrorDocument(body: Buffer | undefined): boolean {
  if (!body?.length) return false;
  return ERROR_ROOT.test(body.subarray(0, 1024).toString('utf8'));
}

/** A service error in an answer: its Error members, and whether it came in a 2xx answer (botocore reports that as a 500). */
export interface ServiceFailure {
  error: ErrorResponse['Error'];
  in200: boolean;
}

/**
 * The service error an answer carries, parsed once (for the retry decision and the exception alike):
 * an error status, or an <Error> document in a 2xx answer of an operation that answers with an XML
 * document (not a blob, string or stream).
 */
export function serviceFailure(model: ModelView, op: OperationModel, response: HttpResponse): ServiceFailure | undefined {
  if (response.statusCode >= 300) return { error: parseErrorBody(response), in200: false };
  if (isErrorDocument(response.body) && answersWithDocument(model, op)) return { error: parseErrorBody(response), in200: true };
  return undefined;
}
