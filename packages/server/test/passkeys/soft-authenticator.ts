// A software WebAuthn authenticator for tests: an EC P-256 key per credential, attestation `none`, and assertions
// with real clientDataJSON, authenticatorData and ECDSA signatures, so the server verifies them as a browser's.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest();

/** Just enough CBOR for attestation objects and COSE keys: maps, text, bytes and integers. */
type Cbor = number | string | Uint8Array | Map<Cbor, Cbor> | { [k: string]: Cbor };
function head(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 256) return Buffer.from([(major << 5) | 24, n]);
  if (n < 65536) return Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
}
function cbor(v: Cbor): Buffer {
  if (typeof v === 'number') return v >= 0 ? head(0, v) : head(1, -1 - v);
  if (typeof v === 'string') return Buffer.concat([head(3, Buffer.byteLength(v)), Buffer.from(v)]);
  if (v instanceof Uint8Array) return Buffer.concat([head(2, v.length), Buffer.from(v)]);
  const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([k, x]) => [cbor(k), cbor(x)])]);
}

const counterBytes = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

export interface SoftCredential {
  id: Buffer;
  privateKey: KeyObject;
  cose: Buffer;
  userHandle: string | undefined;
  rpId: string;
  counter: number;
}

/** What a caller may bend to test refusals: the origin and RP id the "browser" uses, the challenge, the counter. */
export interface Bend {
  origin?: string;
  rpId?: string;
  challenge?: string;
  counter?: number;
  type?: string;
  /** User verification flag (passwordless needs it); true unless said otherwise. */
  uv?: boolean;
}

export class SoftAuthenticator {
  readonly credentials: SoftCredential[] = [];
  constructor(readonly origin: string) {}

  /** navigator.credentials.create(): a new credential for `options` (PublicKeyCredentialCreationOptionsJSON). */
  create(options: any, bend: Bend = {}): { credential: any; key: SoftCredential } {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' }) as { x: string; y: string };
    const cose = cbor(
      new Map<Cbor, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x, 'base64url')],
        [-3, Buffer.from(jwk.y, 'base64url')],
      ]),
    );
    const rpId = bend.rpId ?? options.rp.id;
    const key: SoftCredential = {
      id: randomBytes(16),
      privateKey,
      cose,
      userHandle: options.user?.id,
      rpId: options.rp.id,
      counter: bend.counter ?? 0,
    };
    const flags = 0x01 | (bend.uv === false ? 0 : 0x04) | 0x40;
    const authData = Buffer.concat([
      sha256(rpId),
      Buffer.from([flags]),
      counterBytes(key.counter),
      Buffer.alloc(16),
      Buffer.from([key.id.length >> 8, key.id.length & 255]),
      key.id,
      cose,
    ]);
    const clientData = this.clientData(bend.type ?? 'webauthn.create', bend.challenge ?? options.challenge, bend);
    const attestationObject = cbor({ fmt: 'none', attStmt: {}, authData });
    this.credentials.push(key);
    return {
      key,
      credential: {
        id: b64u(key.id),
        rawId: b64u(key.id),
        type: 'public-key',
        response: {
          clientDataJSON: b64u(clientData),
          attestationObject: b64u(attestationObject),
          transports: ['internal'],
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      },
    };
  }

  /** navigator.credentials.get(): an assertion over `options` (PublicKeyCredentialRequestOptionsJSON) with `key`. */
  get(options: any, key: SoftCredential = this.pick(options), bend: Bend = {}): any {
    if (bend.counter === undefined) key.counter += 1;
    const counter = bend.counter ?? key.counter;
    const flags = 0x01 | (bend.uv === false ? 0 : 0x04);
    const authData = Buffer.concat([sha256(bend.rpId ?? key.rpId), Buffer.from([flags]), counterBytes(counter)]);
    const clientData = this.clientData(bend.type ?? 'webauthn.get', bend.challenge ?? options.challenge, bend);
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientData)]), key.privateKey);
    return {
      id: b64u(key.id),
      rawId: b64u(key.id),
      type: 'public-key',
      response: {
        clientDataJSON: b64u(clientData),
        authenticatorData: b64u(authData),
        signature: b64u(signature),
        ...(key.userHandle ? { userHandle: key.userHandle } : {}),
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /** The first credential the options allow (any, for a discoverable request). */
  private pick(options: any): SoftCredential {
    const allowed: string[] | undefined = options.allowCredentials?.map((c: { id: string }) => c.id);
    const key = this.credentials.find((c) => !allowed?.length || allowed.includes(b64u(c.id)));
    if (!key) throw new Error('no credential for these options');
    return key;
  }

  private clientData(type: string, challenge: string, bend: Bend): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: bend.origin ?? this.origin, crossOrigin: false }));
  }
}
