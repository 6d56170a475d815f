import type { Param, ParamSpec } from './url-codec';

/**
 * Where views register their permalink parameters, so the state layer reads a link without
 * importing any view. Every view's params module registers on import (src/views/index.ts imports
 * them all, before the app reads the address bar); reading seals the registry, so a parameter that
 * arrives late fails loudly instead of being dropped from every link as unknown.
 */

// No prototype: `constructor` or `__proto__` in a link must be an unknown key, not an inherited one.
const specs: Record<string, Param<unknown>> = Object.create(null);
const owners: Record<string, string> = Object.create(null);
let sealed = false;

/** Adds `owner`'s parameters; a name another owner already uses is an error, not an override. */
export function registerParams<S>(owner: string, spec: ParamSpec<S>): ParamSpec<S> {
  if (sealed) {
    throw new Error(
      `Link parameters of ${owner} registered after the link was read (import them in src/views/index.ts).`,
    );
  }
  for (const [key, param] of Object.entries(spec) as [string, Param<unknown>][]) {
    if (key in specs)
      throw new Error(`Link parameter "${key}" of ${owner} is already used by ${owners[key]}.`);
    specs[key] = param;
    owners[key] = owner;
  }
  return spec;
}

/** Every registered parameter, in registration order; no registration is accepted afterwards. */
export function sealedParams<S>(): ParamSpec<S> {
  sealed = true;
  return specs as ParamSpec<S>;
}
