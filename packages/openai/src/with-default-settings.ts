import {
  mergeModelSettings,
  type ModelRequest,
  type ModelSettings,
} from '@baton/core';

/**
 * @internal A request with a model's default settings under its own: the request's settings (the runner's and the
 * agent's) win, field by field.
 */
export function withDefaultSettings(
  request: ModelRequest,
  defaults: ModelSettings | undefined,
): ModelRequest {
  if (!defaults) return request;
  return {
    ...request,
    modelSettings: mergeModelSettings(defaults, request.modelSettings),
  };
}
