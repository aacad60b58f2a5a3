import { randomBytes } from 'node:crypto';

const ALPHANUMERIC =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh id in the style of the OpenAI API: `resp_`, `conv_`, `msg_`, `fc_`, `rs_` and hosted call ids (`ws_`, `fs_`, `ci_`, `ig_`, `cu_`, `mcp_`, `mcpl_`, `mcpr_`; `cu_sc_` for safety checks) carry 50 hex digits,
 * `call_` and `chatcmpl-` ids 24 letters and digits.
 * @internal
 */
export function randomId(
  prefix:
    | 'resp_'
    | 'conv_'
    | 'msg_'
    | 'fc_'
    | 'rs_'
    | 'ws_'
    | 'fs_'
    | 'ci_'
    | 'ig_'
    | 'cu_'
    | 'cu_sc_'
    | 'mcp_'
    | 'mcpl_'
    | 'mcpr_'
    | 'call_'
    | 'chatcmpl-'
    | 'req_',
): string {
  if (prefix === 'call_' || prefix === 'chatcmpl-') {
    const bytes = randomBytes(24);
    let text = '';
    for (const byte of bytes) text += ALPHANUMERIC[byte % ALPHANUMERIC.length];
    return prefix + text;
  }
  return prefix + randomBytes(25).toString('hex');
}
