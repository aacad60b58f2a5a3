import { createHmac, timingSafeEqual } from 'node:crypto';
import { UserError } from '../errors/errors.js';
import { RunStateSignatureError } from '../errors/run-state-errors.js';
import { canonicalJson } from './canonical-json.js';

/** A key for signing run states: a string (UTF-8) or raw bytes. Keep it out of the state and out of logs. */
export type RunStateSecret = string | Uint8Array;

/** The signature a signed state carries, in its `signature` field. */
export interface RunStateSignature {
  /** Always `'HMAC-SHA256'` for now. */
  algorithm: 'HMAC-SHA256';
  /** The HMAC of the canonical payload, base64url. */
  value: string;
}

const ALGORITHM = 'HMAC-SHA256';

/**
 * Returns `document` with a `signature` field: HMAC-SHA256 over the canonical JSON of every other field, so any
 * edit to any field (the version, the ids, a nested item) breaks it.
 * @internal
 */
export function signDocument<T extends object>(
  document: T,
  secret: RunStateSecret,
): T & { signature: RunStateSignature } {
  const { signature: _previous, ...payload } = document as Record<
    string,
    unknown
  >;
  return {
    ...(payload as T),
    signature: { algorithm: ALGORITHM, value: hmac(payload, secret) },
  };
}

/**
 * Checks a parsed state's signature against `secret` in constant time; throws {@link RunStateSignatureError} when
 * it is missing or does not hold. Messages never include the secret or the signature.
 * @internal
 */
export function verifyDocument(
  document: Record<string, unknown>,
  secret: RunStateSecret,
): void {
  const { signature, ...payload } = document;
  if (signature === undefined)
    throw new RunStateSignatureError(
      'The run state is not signed, but a secret was given to check it. Restore only states written with ' +
        '`state.toString({ secret })`; an unsigned one may have been forged.',
      { reason: 'unsigned' },
    );
  const given = signatureValue(signature);
  const expected = Buffer.from(hmac(payload, secret), 'base64url');
  const actual =
    given === undefined ? undefined : Buffer.from(given, 'base64url');
  if (
    actual === undefined ||
    actual.length !== expected.length ||
    !timingSafeEqual(actual, expected)
  )
    throw new RunStateSignatureError(
      'The run state’s signature does not match: it was edited after it was signed, or signed with another ' +
        'secret. Do not resume it; if secrets were rotated, restore with the secret it was written with.',
      { reason: 'mismatch' },
    );
}

/** @internal Rejects a secret that signs nothing. */
export function checkSecret(secret: RunStateSecret): void {
  const length = typeof secret === 'string' ? secret.length : secret.byteLength;
  if (length === 0)
    throw new UserError(
      'The run state secret is empty. Pass a long random string or bytes (32 bytes or more), kept out of the code.',
    );
}

function hmac(payload: unknown, secret: RunStateSecret): string {
  checkSecret(secret);
  return createHmac('sha256', secret)
    .update(canonicalJson(payload), 'utf8')
    .digest('base64url');
}

function signatureValue(signature: unknown): string | undefined {
  if (typeof signature !== 'object' || signature === null) return undefined;
  const { algorithm, value } = signature as Record<string, unknown>;
  return algorithm === ALGORITHM && typeof value === 'string'
    ? value
    : undefined;
}
