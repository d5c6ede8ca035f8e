// Sends a rendered console page (Preact escapes every text and attribute) or a 303 redirect after a form.
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function sendPage(reply: FastifyReply, status: number, page: VNode): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html>${renderToString(page)}`);
}

/** 303: the browser follows with a GET, so a reload never re-sends the form. */
export const redirect = (reply: FastifyReply, to: string): FastifyReply => reply.redirect(to, 303);
