// The error hierarchy, with boto3's class names. Everything this package throws is an IbmBotoError.

export class IbmBotoError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad input, found before any request: every problem at once, one per line. */
export class ParamValidationError extends IbmBotoError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Parameter validation failed:\n${problems.join('\n')}`);
    this.problems = problems;
  }
}

/**
 * A Config or TransferConfig built with an unknown option or a value it cannot use, every problem at
 * once. botocore raises TypeError for an unknown Config keyword; here it is this class, so that
 * everything the package throws stays an IbmBotoError (its `problems` list each one).
 */
export class InvalidConfigError extends IbmBotoError {
  readonly problems: string[];
  /** One problem (a setting from the environment or a config file, which it names) or several (a Config's options). */
  constructor(problems: string | string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(typeof problems === 'string' ? problems : `Invalid configuration:\n${list.join('\n')}`);
    this.problems = list;
  }
}

export class NoCredentialsError extends IbmBotoError {}
/** addressing_style 'virtual' with a bucket name that cannot be a host name. */
export class InvalidDNSNameError extends IbmBotoError {}
export class PartialCredentialsError extends IbmBotoError {}
export class UnknownOperationError extends IbmBotoError {}
export class UnknownSignatureVersionError extends IbmBotoError {}
export class OperationNotPageableError extends IbmBotoError {}
/** A paginator got a token it cannot continue from (the same next token twice, PageSize unsupported). */
export class PaginationError extends IbmBotoError {}
export class UnknownWaiterError extends IbmBotoError {}
/** generate_presigned_url for a method the client does not have. */
export class UnknownClientMethodError extends IbmBotoError {}
export class WaiterError extends IbmBotoError {
  constructor(
    readonly waiter_name: string,
    readonly reason: string,
    readonly last_response: unknown,
    options?: ErrorOptions,
  ) {
    super(`Waiter ${waiter_name} failed: ${reason}`, options);
  }
}

/** Transport-level failures (no HTTP response). `retryable` says whether a retry may help. */
export class HTTPClientError extends IbmBotoError {
  readonly retryable: boolean = true;
}
export class EndpointConnectionError extends HTTPClientError {}
export class ConnectionClosedError extends HTTPClientError {}
export class ConnectTimeoutError extends EndpointConnectionError {}
export class ReadTimeoutError extends HTTPClientError {}
export class ProxyConnectionError extends HTTPClientError {}
export class SSLError extends HTTPClientError {
  override readonly retryable = false;
}
/** A transport failure that retrying cannot fix (a body that does not match its Content-Length). */
export class NonRetryableHTTPError extends HTTPClientError {
  override readonly retryable = false;
}
/** A response body shorter than its Content-Length, or failing its integrity check. */
export class IncompleteReadError extends HTTPClientError {}
/**
 * A read from a response body that was given up before its end (closed, left unread for
 * read_timeout, or left behind): its connection went back to the pool, so its bytes are gone.
 */
export class BodyReleasedError extends IncompleteReadError {}
/**
 * Every connection of the pool stayed busy for the whole wait (connect_timeout, restarted each time
 * one is given back): usually response bodies nobody reads to the end or closes.
 */
export class ConnectionPoolTimeoutError extends HTTPClientError {}
/** A response body that arrived complete but does not match its checksum (corrupted in transit). */
export class ResponseChecksumError extends HTTPClientError {}
/** A body that does not match the flexible checksum (ChecksumCRC32, …) the server gave for it (botocore's name). */
export class FlexibleChecksumError extends ResponseChecksumError {}
/** request_checksum_calculation / response_checksum_validation got a value botocore does not know. */
export class InvalidChecksumConfigError extends InvalidConfigError {}

/** The body was a one-shot stream already consumed by a failed attempt: it cannot be resent. */
export class StreamNotReplayableError extends IbmBotoError {}

/** The caller's AbortSignal fired. */
export class AbortError extends IbmBotoError {
  override readonly name = 'AbortError';
}

/** A response that could not be parsed (malformed XML, unexpected document). */
export class ResponseParserError extends IbmBotoError {
  constructor(
    message: string,
    readonly request_id?: string,
    options?: ErrorOptions,
  ) {
    super(request_id ? `${message} (request id ${request_id})` : message, options);
  }
}

export interface ResponseMetadata {
  RequestId?: string;
  HostId?: string;
  HTTPStatusCode: number;
  HTTPHeaders: Record<string, string>;
  RetryAttempts: number;
  /** Set (true) as botocore sets it: the last allowed attempt was made (see RetryPolicy.maxAttemptsReached). */
  MaxAttemptsReached?: boolean;
}

export interface ErrorResponse {
  /** The error document's elements: Message is absent when the document has none, null when it is empty. */
  Error: { Code: string; Message?: string | null; [extra: string]: string | null | undefined };
  ResponseMetadata: ResponseMetadata;
}

/** The service answered with an error. Modeled codes get a subclass on `client.exceptions`. */
export class ClientError extends IbmBotoError {
  readonly response: ErrorResponse;
  readonly operation_name: string;
  /** `detail` (the first bytes of a body that is no error document) is appended to the message only. */
  constructor(response: ErrorResponse, operation_name: string, detail?: string) {
    const { Code, Message } = response.Error;
    // botocore's wording: a missing message reads 'Unknown', an empty element (None) 'None'
    const text = Message === undefined ? 'Unknown' : Message === null ? 'None' : Message;
    const meta = response.ResponseMetadata;
    const retries = meta?.MaxAttemptsReached ? ` (reached max retries: ${meta.RetryAttempts})` : '';
    super(`An error occurred (${Code}) when calling the ${operation_name} operation${retries}: ${text}${detail ? ` (the body is no error document: ${detail})` : ''}`);
    this.response = response;
    this.operation_name = operation_name;
  }
  /** `NoSuchKey`, or the status as a string (`'404'`) when the response had no body. */
  get code(): string {
    return this.response.Error.Code;
  }
  get status(): number {
    return this.response.ResponseMetadata.HTTPStatusCode;
  }
}

export class ResourceNotLoadedError extends IbmBotoError {}
export class ResourceLoadException extends IbmBotoError {}
export class S3UploadFailedError extends IbmBotoError {}
/** A managed transfer failed for a reason other than the service's answer (its destination stream failed). */
export class S3TransferFailedError extends IbmBotoError {}
/** A download range kept failing (num_download_attempts); `cause` is the last failure, as boto3's last_exception. */
export class RetriesExceededError extends IbmBotoError {
  get last_exception(): unknown {
    return this.cause;
  }
}
