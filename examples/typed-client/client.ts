// A typed fetch client for the Tessera API: paths, path parameters, bodies and answers are checked against api.d.ts.
import type { paths } from './api.js';

type Method = 'get' | 'post' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Json<T> = T extends { content: { 'application/json': infer J } } ? J : undefined;
type Params<O> = O extends { parameters: { path: infer P extends Record<string, string> } }
  ? { params: P }
  : { params?: never };
type Body<O> = O extends { requestBody: infer R }
  ? { body: Json<R> }
  : O extends { requestBody?: infer R }
    ? { body?: Json<R> }
    : { body?: never };
type Init<O> = Params<O> & Body<O>;
/** The 4xx statuses the error catalog uses (the document groups them as `4XX`). */
type ClientError = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429;
/** Every documented answer as `{ status, body }`: compare `status` and `body` narrows (a 503 is left to the caller). */
export type Answer<O> = O extends { responses: infer R }
  ? { [S in keyof R]: { status: S extends '4XX' ? ClientError : S; body: Json<R[S]> } }[keyof R]
  : never;

export function createClient(baseUrl: string, options: { token?: string } = {}) {
  return async function call<P extends keyof paths, M extends Method>(
    method: M,
    path: P,
    ...[init]: {} extends Init<Operation<P, M>> ? [init?: Init<Operation<P, M>>] : [init: Init<Operation<P, M>>]
  ): Promise<Answer<Operation<P, M>>> {
    const { params, body } = (init ?? {}) as { params?: Record<string, string>; body?: unknown };
    const url = String(path).replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ''));
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(new URL(url, baseUrl), {
      method: method.toUpperCase(),
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined } as Answer<Operation<P, M>>;
  };
}
