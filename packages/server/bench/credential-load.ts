// Sign-in submissions as the load process sends them: each on a fresh flow, the kinds taking turns per connection.
import type { LoadRequest } from './kit.js';

/** One kind of credentials submission: which emails in turn, which password, and the answer that counts. */
export interface CredentialKind {
  label: string;
  emails: string[];
  password: string;
  expect: 'signed-in' | 'credentials-invalid';
}

export interface CredentialJob {
  /** Fresh sign-in flows, each used once; when they run out, an id that cannot exist (a 404, counted as unexpected). */
  flows: string[];
  kinds: CredentialKind[];
}

function parse(body: string): any {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

const EXPECT: Record<CredentialKind['expect'], (status: number, body: string) => boolean> = {
  'signed-in': (status, body) => {
    const view = parse(body);
    return status === 200 && view?.step === 'done' && typeof view?.result?.session?.token === 'string';
  },
  'credentials-invalid': (status, body) => status === 400 && parse(body)?.error?.code === 'CREDENTIALS_INVALID',
};

export function credentialRequests(job: CredentialJob): LoadRequest[] {
  let nextFlow = 0;
  const flow = () => job.flows[nextFlow++] ?? 'flw_pool_exhausted';
  return job.kinds.map((kind): LoadRequest => {
    let nextEmail = 0;
    return {
      label: kind.label,
      next: () => ({
        path: `/v1/flows/${flow()}`,
        body: JSON.stringify({
          step: 'credentials',
          email: kind.emails[nextEmail++ % kind.emails.length],
          password: kind.password,
        }),
      }),
      expect: EXPECT[kind.expect],
    };
  });
}
