// Sends a rendered page: Preact escapes every text and attribute, so nothing a person typed can become markup.
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function sendPage(reply: FastifyReply, status: number, page: VNode): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html>${renderToString(page)}`);
}

export function redirect(reply: FastifyReply, to: string): FastifyReply {
  // 303: the browser follows with a GET, so reloading the page that follows never re-sends the form.
  return reply.redirect(to, 303);
}
