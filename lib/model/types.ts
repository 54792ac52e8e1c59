// The shape of our service model data. The generic engines (validation, serialization, parsing,
// codegen) read only these types; nothing here knows about S3.

export type ScalarType =
  | 'string'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'boolean'
  | 'timestamp'
  | 'blob';

export type ShapeType = ScalarType | 'structure' | 'list' | 'map';

export type TimestampFormat = 'iso8601' | 'rfc822' | 'unixTimestamp';

/** Where a top-level input/output member travels on the wire. Absent = the XML body. */
export type Location = 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';

export interface XmlNamespace {
  uri: string;
  /** `xsi` for `xmlns:xsi="..."`; absent for a default namespace (`xmlns="..."`). */
  prefix?: string;
}

/** A reference from a structure member (or list item / map key / map value) to a shape. */
export interface MemberRef {
  shape: string;
  location?: Location;
  /**
   * The wire name: URI label, query key, header name, header-map prefix (`x-amz-meta-`),
   * or XML element / attribute name. Defaults to the member name.
   */
  locationName?: string;
  /** The member is an XML attribute of its parent element (e.g. `xsi:type`). */
  xmlAttribute?: boolean;
  xmlNamespace?: XmlNamespace;
  /** Overrides the shape's timestampFormat for this member. */
  timestampFormat?: TimestampFormat;
  /** Secret values: never logged or inspected (SSE-C keys, Aspera secrets). */
  sensitive?: boolean;
}

export interface Shape {
  type: ShapeType;
  /** structure */
  members?: Record<string, MemberRef>;
  required?: string[];
  /** structure: the member that is the whole HTTP body (XML root or raw bytes). */
  payload?: string;
  /** list */
  member?: MemberRef;
  /** list: items are repeated elements of the parent instead of children of a wrapper element. */
  flattened?: boolean;
  /** map */
  key?: MemberRef;
  value?: MemberRef;
  /** string */
  enum?: string[];
  /** string length / number value / list length bounds, checked by the validator. */
  min?: number;
  max?: number;
  /** blob: the body is streamed (StreamingBody on output, any Readable on input). */
  streaming?: boolean;
  timestampFormat?: TimestampFormat;
  /** structure: a modeled service error (becomes a ClientError subclass). */
  exception?: boolean;
  sensitive?: boolean;
  /** structure used as a payload: the XML root element name. */
  locationName?: string;
  xmlNamespace?: XmlNamespace;
}

export interface OperationModel {
  name: string;
  http: {
    method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'HEAD';
    /** `/{Bucket}/{Key+}?uploads`: `{Name+}` is greedy (keeps `/`); query literals are sent as-is. */
    requestUri: string;
    /** The success status, when it is not 200. */
    responseCode?: number;
  };
  input?: { shape: string };
  output?: { shape: string };
  /** Names of exception shapes this operation may answer with. */
  errors?: string[];
  /** The service demands a body checksum (Content-MD5) on this operation. */
  httpChecksumRequired?: boolean;
}

export interface PaginatorModel {
  input_token: string | string[];
  output_token: string | string[];
  more_results?: string;
  limit_key?: string;
  result_key: string | string[];
  /** Members of the last page carried into the full result (build_full_result). */
  non_aggregate_keys?: string[];
}

export interface WaiterAcceptor {
  expected: string | number | boolean;
  matcher: 'status' | 'error' | 'path' | 'pathAll' | 'pathAny';
  state: 'success' | 'failure' | 'retry';
  argument?: string;
}

export interface WaiterModel {
  operation: string;
  delay: number;
  maxAttempts: number;
  acceptors: WaiterAcceptor[];
}

export interface ServiceModel {
  metadata: {
    apiVersion: string;
    /** Used in event names: `before-call.<endpointPrefix>.<Operation>`. */
    endpointPrefix: string;
    serviceId: string;
    protocol: 'rest-xml';
    /** Default namespace of request XML bodies. */
    xmlNamespace?: string;
  };
  operations: Record<string, OperationModel>;
  shapes: Record<string, Shape>;
}

// ---- Resource definitions (the resource layer's data; read by lib/resources) ----

/** Where a request parameter or a built identifier takes its value from. */
export type ResourceParamSource =
  | 'identifier' // an identifier of the parent resource (`name`)
  | 'data' // JMESPath `path` over the parent's loaded data
  | 'string'
  | 'integer'
  | 'boolean' // the constant `value`
  | 'input' // supplied by the caller
  | 'requestParameter' // JMESPath `path` over the params sent (response handlers only)
  | 'response'; // JMESPath `path` over the raw response (response handlers only)

export interface ResourceParam {
  /** Request member (a reverse-JMESPath like `Delete.Objects[].Key`) or identifier name. */
  target: string;
  source: ResourceParamSource;
  name?: string;
  path?: string;
  value?: string | number | boolean;
}

export interface ResourceIdentifier {
  name: string;
  /** The load shape's member that holds this identifier. */
  memberName?: string;
  type?: 'string' | 'integer';
}

export interface ResourceRequest {
  operation: string;
  params?: ResourceParam[];
}

/** The resource(s) an action or relation yields, and where their data is in the response. */
export interface ResourceTarget {
  type: string;
  identifiers?: ResourceParam[];
  path?: string;
}

export interface ResourceAction {
  request: ResourceRequest;
  resource?: ResourceTarget;
  /** Without `resource`: return this JMESPath of the response instead of all of it. */
  path?: string;
}

export interface ResourceCollectionDef {
  request: ResourceRequest;
  resource: ResourceTarget;
}

export interface ResourceWaiter {
  waiterName: string;
  params?: ResourceParam[];
}

export interface ResourceDefinition {
  identifiers?: ResourceIdentifier[];
  /** The service shape whose members become attributes. */
  shape?: string;
  load?: { request: ResourceRequest; path: string };
  actions?: Record<string, ResourceAction>;
  /** Actions a collection of this resource runs once per page. */
  batchActions?: Record<string, ResourceAction>;
  /** Sub-resources (identifiers from the parent or the caller) and references (from data). */
  has?: Record<string, { resource: ResourceTarget }>;
  hasMany?: Record<string, ResourceCollectionDef>;
  waiters?: Record<string, ResourceWaiter>;
}

export interface ResourceModel {
  service: ResourceDefinition;
  resources: Record<string, ResourceDefinition>;
}
