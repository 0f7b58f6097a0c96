/**
 * The one inline script the site writes itself (src/components/layout/JsFlag.astro), and its hash
 * for the Content-Security-Policy (astro.config.mjs), so the two cannot drift apart. It marks
 * <html class="js">, and "sw" where the browser can save pages for offline reading (service
 * workers), so controls that need either are laid out from the first paint or take no space.
 */
import { createHash } from 'node:crypto';

export const JS_FLAG_SCRIPT = "var c=document.documentElement.classList;c.add('js');if('serviceWorker'in navigator)c.add('sw')";
export const JS_FLAG_HASH = `sha256-${createHash('sha256').update(JS_FLAG_SCRIPT).digest('base64')}` as const;
