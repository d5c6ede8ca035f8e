// `tessera-server admin statements …` and `admin keys …`: regional data statements and license signing keys.
import { readFileSync } from 'node:fs';
import type { TesseraCore as Tessera } from '../composition/index.js';

export interface ConnectAdminValues {
  region?: string | undefined;
  locale?: string | undefined;
  title?: string | undefined;
  body?: string | undefined;
  'body-file'?: string | undefined;
  version?: string | undefined;
  json?: boolean | undefined;
}

type Out = (text: string) => void;

/** Handles the command if it is one of ours; undefined otherwise. */
export async function connectAdmin(
  tessera: Tessera,
  area: string | undefined,
  action: string | undefined,
  values: ConnectAdminValues,
  out: Out,
  fail: (m: string) => number,
): Promise<number | undefined> {
  if (area === 'statements' && action === 'publish') {
    const body = values['body-file'] ? readFileSync(values['body-file'], 'utf8') : values.body;
    if (!values.region || !values.title || !body)
      return fail('admin statements publish needs --region, --title and --body or --body-file');
    if (!/^[A-Za-z]{2}$/.test(values.region)) return fail('--region takes a two-letter country code');
    const locale = values.locale ?? 'en';
    if (!['en', 'vi'].includes(locale)) return fail('--locale is en or vi');
    const version = values.version === undefined ? undefined : Number(values.version);
    if (version !== undefined && !Number.isInteger(version)) return fail('--version takes a whole number');
    const outcome = await tessera.services.consent.publish({
      region: values.region,
      locale,
      title: values.title.trim(),
      body: body.trim(),
      ...(version !== undefined ? { version } : {}),
    });
    if (!outcome.ok)
      return fail('That version cannot be published: it is older than the latest, or this locale of it exists.');
    const s = outcome.statement;
    out(
      values.json
        ? JSON.stringify(s)
        : `Published ${s.region} v${s.version} (${s.locale}): accounts in ${s.region} are asked to accept it at their next connect.`,
    );
    return 0;
  }
  if (area === 'statements' && action === 'list') {
    const list = await tessera.services.consent.statements(values.region);
    if (values.json) out(JSON.stringify(list));
    else
      for (const s of list)
        out(`${s.region}  v${s.version}  ${s.locale}  ${new Date(s.publishedAt).toISOString()}  ${s.title}`);
    return 0;
  }
  if (area === 'keys' && action === 'rotate') {
    const kid = await tessera.services.signingKeys.rotate();
    out(`New signing key ${kid}; earlier keys stay published until the tokens they signed expire.`);
    return 0;
  }
  if (area === 'keys' && action === 'list') {
    const { keys } = await tessera.services.signingKeys.jwks();
    out(values.json ? JSON.stringify(keys) : keys.map((k) => String(k.kid)).join('\n'));
    return 0;
  }
  return undefined;
}
