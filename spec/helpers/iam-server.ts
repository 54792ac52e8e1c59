// A local IBM IAM token endpoint: checks the documented request and answers like IAM does.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenRequest {
  headers: Record<string, string | string[] | undefined>;
  form: Record<string, string>;
}

export type IamReply = { status: number; json: Record<string, unknown> };

export class IamServer {
  readonly requests: TokenRequest[] = [];
  /** Replies for the next requests, in order; afterwards a fresh token is issued. */
  readonly queue: IamReply[] = [];
  expiresIn = 3600;
  validApiKey = 'good-api-key-0123456789';
  #server?: Server;
  #issued = 0;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/identity/token`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const form = Object.fromEntries(new URLSearchParams(body));
        this.requests.push({ headers: req.headers, form });
        const reply = this.queue.shift() ?? this.#issue(form);
        // answer a little later, so concurrent callers really overlap
        setTimeout(() => {
          res.writeHead(reply.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(reply.json));
        }, 20);
      });
    });
    await new Promise<void>((r) => this.#server!.listen(0, '127.0.0.1', r));
    this.port = (this.#server!.address() as AddressInfo).port;
    return this;
  }

  #issue(form: Record<string, string>): IamReply {
    const grant = form.grant_type;
    const ok =
      (grant === 'urn:ibm:params:oauth:grant-type:apikey' && form.apikey === this.validApiKey) ||
      (grant === 'refresh_token' && form.refresh_token?.startsWith('refresh-')) ||
      (grant === 'urn:ibm:params:oauth:grant-type:cr-token' && form.cr_token === 'cr-token-value' && form.profile_id === 'Profile-1');
    if (!ok || form.response_type !== 'cloud_iam') {
      return {
        status: 400,
        json: { errorCode: 'BXNIM0415E', errorMessage: 'Provided API key could not be found.', context: { requestId: 'iam-req-1' } },
      };
    }
    this.#issued++;
    return {
      status: 200,
      json: {
        access_token: `token-${this.#issued}`,
        refresh_token: `refresh-${this.#issued}`,
        token_type: 'Bearer',
        expires_in: this.expiresIn,
        expiration: Math.floor(Date.now() / 1000) + this.expiresIn,
      },
    };
  }

  async stop(): Promise<void> {
    // keep-alive sockets of the callers (and a token request nobody waits for any more) end here
    this.#server?.closeAllConnections();
    if (this.#server) await new Promise<void>((r) => this.#server!.close(() => r()));
  }
}
