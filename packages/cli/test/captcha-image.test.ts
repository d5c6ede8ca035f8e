// Which terminals get the captcha inline, and the escape sequences they get: only a terminal that declares a protocol.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineImage, inlineProtocol } from '../src/connect/captcha-image.js';

const png = { bytes: new Uint8Array(5000).fill(7), mediaType: 'image/png' };

test('a terminal that declares nothing gets no escape sequence; iTerm2, WezTerm, kitty and Ghostty are recognised', () => {
  for (const env of [{}, { TERM: 'xterm-256color' }, { TERM: 'screen', TERM_PROGRAM: 'tmux' }, { TERM: 'linux' }]) {
    assert.equal(inlineProtocol(env), undefined, JSON.stringify(env));
    assert.equal(inlineImage(png, inlineProtocol(env)), undefined);
  }
  assert.equal(inlineProtocol({ TERM_PROGRAM: 'iTerm.app' }), 'iterm2');
  assert.equal(inlineProtocol({ TERM_PROGRAM: 'WezTerm' }), 'iterm2');
  assert.equal(inlineProtocol({ TERM: 'xterm-kitty' }), 'kitty');
  assert.equal(inlineProtocol({ TERM: 'xterm-256color', KITTY_WINDOW_ID: '1' }), 'kitty');
  assert.equal(inlineProtocol({ TERM: 'xterm-ghostty' }), 'kitty');
});

test('iTerm2 gets one OSC 1337 sequence; kitty gets the PNG in chunks of 4096, quiet, the last one ending the image', () => {
  const data = Buffer.from(png.bytes).toString('base64');
  assert.equal(inlineImage(png, 'iterm2'), `\x1b]1337;File=inline=1;size=5000;preserveAspectRatio=1:${data}\x07`);
  const kitty = inlineImage(png, 'kitty')!;
  const chunks = [...kitty.matchAll(/\x1b_G([^;]*);([^\x1b]*)\x1b\\/g)];
  assert.equal(chunks.map((c) => c[2]).join(''), data);
  assert.equal(chunks[0]![1], 'a=T,f=100,q=2,m=1');
  assert.deepEqual(
    chunks.slice(1).map((c) => c[1]),
    ['m=0'],
  );
  assert.ok(chunks.every((c) => c[2]!.length <= 4096));
  assert.equal(inlineImage({ ...png, mediaType: 'image/svg+xml' }, 'kitty'), undefined, 'only PNG is sent inline');
});
