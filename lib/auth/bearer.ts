// IBM IAM bearer authentication: `Authorization: Bearer <token>`; no SigV4, no payload hash.
import type { TokenProvider, TokenRequestContext } from './iam.js';
import type { HttpRequest } from '../core/http-message.js';
import type { Signer } from './signers.js';
import { hostHeader } from './signers.js';

export class BearerSigner implements Signer {
  readonly name = 'oauth';
  constructor(readonly token_provider: TokenProvider) {}

  async sign(request: HttpRequest, context?: TokenRequestContext): Promise<void> {
    request.headers.host = hostHeader(request);
    request.headers.authorization = `Bearer ${await this.token_provider.get_token(context)}`;
  }
}
