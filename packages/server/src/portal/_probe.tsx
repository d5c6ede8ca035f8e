// probe
/** @jsxRuntime automatic @jsxImportSource preact */
import { renderToString } from 'preact-render-to-string';
export const html = renderToString(<p title={'a"b'}>{'<x>'}</p>);
