// The page frame: language, header with navigation and language switch, notices, the error summary, and the footer.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { LOCALES } from '@tessera/protocol';
import type { PortalContext } from '../context.js';
import { ASSET_PATHS } from '../asset-routes.js';
import { formatDate, languageTag } from '../format.js';
import { languageLink } from '../locale.js';
import { ErrorSummary, Notice, PostForm, type FieldError } from './forms.js';

export type Section = 'overview' | 'security' | 'subscriptions' | 'devices' | 'privacy' | 'outbox';

const SECTIONS: Array<{ id: Section; href: string; key: `nav.${Section}` }> = [
  { id: 'overview', href: '/account', key: 'nav.overview' },
  { id: 'security', href: '/account/security', key: 'nav.security' },
  { id: 'subscriptions', href: '/account/subscriptions', key: 'nav.subscriptions' },
  { id: 'devices', href: '/account/devices', key: 'nav.devices' },
  { id: 'privacy', href: '/account/privacy', key: 'nav.privacy' },
];

function Navigation({ ctx, current }: { ctx: PortalContext; current?: Section }) {
  const items = ctx.dev
    ? [...SECTIONS, { id: 'outbox' as const, href: '/dev/outbox', key: 'nav.outbox' as const }]
    : SECTIONS;
  const shown = ctx.account ? items : items.filter((i) => i.id === 'outbox');
  if (shown.length === 0) return null;
  return (
    <nav class="nav" aria-label={ctx.t('layout.nav')}>
      <ul>
        {shown.map((i) => (
          <li>
            <a href={i.href} aria-current={i.id === current ? 'page' : undefined}>
              {ctx.t(i.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Languages({ ctx }: { ctx: PortalContext }) {
  return (
    <nav class="langs" aria-label={ctx.t('layout.language')}>
      {LOCALES.map((l) => (
        <a
          href={languageLink(ctx.pagePath, l)}
          lang={l}
          hreflang={l}
          aria-current={l === ctx.locale ? 'true' : undefined}
        >
          {ctx.t(`lang.${l}`)}
        </a>
      ))}
    </nav>
  );
}

export function Layout(props: {
  ctx: PortalContext;
  title: string;
  children: ComponentChildren;
  section?: Section;
  narrow?: boolean;
  errors?: FieldError[];
}) {
  const { ctx } = props;
  return (
    <html lang={ctx.locale} data-locale-tag={languageTag(ctx.locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.title} · ${ctx.productName}`}</title>
        {/* No favicon request: an empty data: icon (allowed by img-src). */}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={ASSET_PATHS.css} />
        {ctx.branding.css && <link rel="stylesheet" href={ctx.branding.css} />}
        <script src={ASSET_PATHS.webauthn} defer />
        <script src={ASSET_PATHS.js} defer />
      </head>
      <body>
        <a class="skip" href="#main">
          {ctx.t('layout.skip')}
        </a>
        {ctx.dev && <div class="dev-note">{ctx.t('layout.devMode')}</div>}
        <header class="top">
          <div class="bar">
            <a class="brand" href="/">
              {ctx.branding.logo && <img class="logo" src={ctx.branding.logo} alt="" height={32} />}
              <span>{ctx.productName}</span>
            </a>
            <Navigation ctx={ctx} current={props.section} />
            <Languages ctx={ctx} />
            {ctx.account && (
              <div class="who">
                <span>{ctx.t('layout.signedInAs', { email: ctx.account.email })}</span>
                <PostForm ctx={ctx} action="/sign-out" once={false}>
                  <button type="submit" class="link">
                    {ctx.t('layout.signOut')}
                  </button>
                </PostForm>
              </div>
            )}
          </div>
        </header>
        <main id="main" tabIndex={-1} class={props.narrow ? 'narrow' : undefined}>
          <h1>{props.title}</h1>
          <ErrorSummary ctx={ctx} errors={props.errors ?? []} />
          {ctx.flash && (
            <Notice type={ctx.flash.type}>
              <p>{ctx.t(ctx.flash.key, ctx.flash.context)}</p>
            </Notice>
          )}
          {ctx.deletion && ctx.account && (
            <Notice type="warning">
              <p>{ctx.t('privacy.delete.scheduled', { date: formatDate(ctx.locale, ctx.deletion.purgeAt) })}</p>
              <PostForm ctx={ctx} action="/account/privacy/keep">
                <button type="submit" class="secondary">
                  {ctx.t('privacy.delete.cancel')}
                </button>
              </PostForm>
            </Notice>
          )}
          {props.children}
        </main>
        <footer>
          <div class="footer-bar">
            <span>{ctx.t('layout.footer', { product: ctx.productName })}</span>
            {ctx.branding.links.length > 0 && (
              <nav aria-label={ctx.t('footer.label')}>
                <ul>
                  {ctx.branding.links.map((l) => (
                    <li>
                      <a href={l.href} rel="noopener">
                        {ctx.t(l.key)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </footer>
      </body>
    </html>
  );
}

/** A date shown in UTC on the server and in the reader's own zone once the script runs. */
export function When({ ms, text, withTime = true }: { ms: number; text: string; withTime?: boolean }) {
  return (
    <time dateTime={new Date(ms).toISOString()} data-local={withTime ? 'datetime' : 'date'}>
      {text}
    </time>
  );
}
