import type { IncomingMessage } from 'node:http';
import {
  ForbiddenRequestError,
  InvalidSignatureError,
  MissingAuthenticationTokenError,
  UnsupportedMediaTypeError,
} from './errors.ts';

/**
 * Refuses what a web page could send to 127.0.0.1, so browsing the web while
 * lambda-local runs cannot create or invoke functions:
 *
 * - a `Host` other than the addresses it listens on (DNS rebinding: the page's
 *   own name resolved to 127.0.0.1);
 * - any `Origin` or `Sec-Fetch-Site` header (browsers send them; SDKs, the AWS
 *   CLI, curl and runtimes do not; Node's fetch sends only `Sec-Fetch-Mode`).
 */
export function assertNotFromBrowser(req: IncomingMessage, hosts: readonly string[]): void {
  const host = req.headers.host?.toLowerCase();
  if (host === undefined || !hosts.includes(host)) {
    throw new ForbiddenRequestError(
      `lambda-local answers only requests addressed to ${hosts.join(' or ')}, not to Host ${host ?? '(none)'}.`,
    );
  }
  const browserHeader = ['origin', 'sec-fetch-site'].find(
    (name) => req.headers[name] !== undefined,
  );
  if (browserHeader) {
    throw new ForbiddenRequestError(
      `lambda-local refuses requests from web browsers (this one has ${browserHeader}: ${String(req.headers[browserHeader])}).`,
    );
  }
}

const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=[^/\s]+\/\d{8}\/[a-z0-9-]+\/([a-z0-9-]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=[0-9a-f]{64}$/;

/**
 * Requires what every AWS SDK and the AWS CLI send: a SigV4-shaped
 * `Authorization` header for the service called (`lambda`, or `logs` for
 * CloudWatch Logs) that signs `host`. Any
 * credentials do; the signature is not checked, since lambda-local knows no
 * secret keys. A browser cannot send this header without a CORS preflight,
 * which lambda-local never grants.
 */
export function assertSigned(req: IncomingMessage, service: 'lambda' | 'logs' = 'lambda'): void {
  const value = req.headers.authorization;
  if (value === undefined) {
    throw new MissingAuthenticationTokenError('Missing Authentication Token');
  }
  const match = SIGV4.exec(value);
  const signedHeaders = match?.[1] === service ? match[2]?.split(';') : undefined;
  if (!signedHeaders?.includes('host')) {
    throw new InvalidSignatureError(
      `The Authorization header is not a SigV4 signature for ${service} (AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/${service}/aws4_request, SignedHeaders=...;host;..., Signature=<hex>).`,
    );
  }
}

/** JSON operations (CreateFunction, Update*, PublishVersion) must say their body is JSON. */
export function assertJsonBody(req: IncomingMessage): void {
  const length = Number(req.headers['content-length'] ?? 0);
  const chunked = req.headers['transfer-encoding'] !== undefined;
  if (length === 0 && !chunked) return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new UnsupportedMediaTypeError(
      `Expected Content-Type application/json for this operation but received ${type || '(none)'}.`,
    );
  }
}
