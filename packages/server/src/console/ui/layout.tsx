// The console's page frame: header with its sections (those the role may see), language switch, who is signed in,
// the notice of the last action, and the footer.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { LOCALES } from '@tessera/protocol';
import type { ConsoleContext } from '../context.js';
import { STYLESHEET_PATH } from '../assets.js';
import { languageTag } from '../format.js';
import { NAV } from '../nav.js';
import { ErrorSummary, Notice, PostForm, type FieldError } from './forms.js';

function languageLink(pagePath: string, locale: string): string {
  const url = new URL(pagePath, 'http://console.invalid');
  url.searchParams.set('lang', locale);
  return url.pathname + url.search;
}

function Header({ ctx, section }: { ctx: ConsoleContext; section?: string | undefined }) {
  const operator = ctx.operator;
  const shown = operator ? NAV.filter((n) => ctx.can(n.scope)) : [];
  return (
    <header class="top">
      <div class="bar">
        <a class="brand" href="/console">
          {ctx.productName}
        </a>
        {shown.length > 0 && (
          <nav class="nav" aria-label={ctx.t('layout.nav')}>
            <ul>
              {shown.map((n) => (
                <li>
                  <a href={n.href} aria-current={n.id === section ? 'page' : undefined}>
                    {ctx.t(n.key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
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
        {operator && (
          <div class="who">
            <span>
              {ctx.t('layout.signedInAs', { email: operator.account.email, role: ctx.t(`role.${operator.role}`) })}
            </span>
            <PostForm ctx={ctx} action="/console/sign-out">
              <button type="submit" class="link">
                {ctx.t('layout.signOut')}
              </button>
            </PostForm>
          </div>
        )}
      </div>
    </header>
  );
}

export function Layout(props: {
  ctx: ConsoleContext;
  title: string;
  children: ComponentChildren;
  /** The NAV entry this page belongs to. */
  section?: string;
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
        <meta name="robots" content="noindex" />
        <title>{ctx.t('layout.title', { page: props.title, product: ctx.productName })}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={STYLESHEET_PATH} />
      </head>
      <body>
        <a class="skip" href="#main">
          {ctx.t('layout.skip')}
        </a>
        <Header ctx={ctx} section={props.section} />
        <main id="main" tabIndex={-1} class={props.narrow ? 'narrow' : undefined}>
          <h1>{props.title}</h1>
          <ErrorSummary ctx={ctx} errors={props.errors ?? []} />
          {ctx.flash && (
            <Notice type={ctx.flash.type ?? 'success'}>
              <p>{ctx.t(ctx.flash.key, ctx.flash.context)}</p>
            </Notice>
          )}
          {props.children}
        </main>
        <footer>
          <p>{ctx.t('layout.footer', { product: ctx.productName })}</p>
        </footer>
      </body>
    </html>
  );
}
