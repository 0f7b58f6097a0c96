/**
 * The one inline script the site writes itself (src/components/layout/JsFlag.astro), and its hash
 * for the Content-Security-Policy (astro.config.mjs), so the two cannot drift apart.
 */
import { createHash } from 'node:crypto';

export const JS_FLAG_SCRIPT = "document.documentElement.classList.add('js')";
export const JS_FLAG_HASH = `sha256-${createHash('sha256').update(JS_FLAG_SCRIPT).digest('base64')}` as const;
