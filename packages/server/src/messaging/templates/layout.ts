// Renders an email's content blocks as plain text and as minimal, escaped HTML from one source.

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'code'; code: string }
  | { kind: 'facts'; rows: Array<[label: string, value: string]> }
  | { kind: 'link'; text: string; href: string };

export interface EmailContent {
  subject: string;
  blocks: Block[];
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Only web links reach an href, so a misconfigured URL cannot become `javascript:`. */
function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function renderText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'p':
          return block.text;
        case 'code':
          return `    ${block.code}`;
        case 'facts':
          return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
        case 'link': {
          const href = safeHref(block.href);
          return href ? `${block.text}: ${href}` : block.text;
        }
      }
    })
    .join('\n\n')
    .concat('\n');
}

export function renderHtml(lang: string, blocks: Block[]): string {
  const body = blocks
    .map((block) => {
      switch (block.kind) {
        case 'p':
          return `<p>${escapeHtml(block.text)}</p>`;
        case 'code':
          return `<p style="font-size:28px;font-weight:bold;letter-spacing:6px;font-family:monospace">${escapeHtml(block.code)}</p>`;
        case 'facts':
          return `<table>${block.rows
            .map(
              ([label, value]) =>
                `<tr><td style="padding-right:12px;color:#555">${escapeHtml(label)}</td><td>${escapeHtml(value)}</td></tr>`,
            )
            .join('')}</table>`;
        case 'link': {
          const href = safeHref(block.href);
          return href
            ? `<p><a href="${escapeHtml(href)}">${escapeHtml(block.text)}</a></p>`
            : `<p>${escapeHtml(block.text)}</p>`;
        }
      }
    })
    .join('\n');
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}"><body style="font-family:sans-serif;line-height:1.5;color:#222">\n${body}\n</body></html>\n`;
}

/** A facts block from rows whose values may be missing; rows without a value are left out. */
export function facts(rows: Array<[label: string, value: string | undefined]>): Block {
  return { kind: 'facts', rows: rows.filter((row): row is [string, string] => Boolean(row[1])) };
}

/** Link blocks for the URLs that were given. */
export function links(items: Array<[text: string, href: string | undefined]>): Block[] {
  return items.flatMap(([text, href]) => (href ? [{ kind: 'link' as const, text, href }] : []));
}
