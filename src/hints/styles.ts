import { CATEGORIES } from '../engine/types';
import { CATEGORY_STYLE } from './categories';

const colours = (theme: 'light' | 'dark'): string =>
  CATEGORIES.map((c) => `[data-category="${c}"]{--md-cat:${CATEGORY_STYLE[c][theme]}}`).join('');

/** The overlay's stylesheet; it lives in the shadow root, so neither the page's styles nor ours leak across. */
export const OVERLAY_CSS = `
:host{all:initial;position:fixed;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483646;pointer-events:none;
  --md-bg:#fff;--md-fg:#1f2328;--md-muted:#57606a;--md-border:#d0d7de;--md-btn:#f3f4f6;--md-btn-hover:#e5e7eb;
  --md-accent:#0b57d0;--md-shadow:0 6px 24px rgba(0,0,0,.18);color-scheme:light dark}
${colours('light')}
@media (prefers-color-scheme:dark){
  :host{--md-bg:#1e2226;--md-fg:#e6edf3;--md-muted:#9da7b3;--md-border:#3d444d;--md-btn:#2b3137;--md-btn-hover:#373e47;
    --md-accent:#8ab4f8;--md-shadow:0 6px 24px rgba(0,0,0,.55)}
  ${colours('dark')}
}
.clip{position:fixed;overflow:hidden;pointer-events:none}
.mark{position:absolute;pointer-events:none;box-sizing:border-box;
  background:linear-gradient(to top,var(--md-cat) 0,var(--md-cat) 2px,transparent 2px);
  background-color:color-mix(in srgb,var(--md-cat) 9%,transparent)}
.measure{position:fixed;left:0;top:0;width:0;height:0;overflow:visible;visibility:hidden;pointer-events:none}
.badge{position:fixed;pointer-events:auto;min-width:20px;height:20px;padding:0 6px;border-radius:10px;border:0;
  font:600 12px/20px system-ui,sans-serif;color:#fff;background:var(--md-cat,#555);cursor:pointer;
  box-shadow:0 1px 3px rgba(0,0,0,.3);opacity:.9}
.badge:hover{opacity:1}
.badge:focus-visible{outline:2px solid var(--md-accent);outline-offset:2px}
.badge[hidden],.card[hidden]{display:none}
.live{position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.card{position:fixed;inset:auto;margin:0;pointer-events:auto;box-sizing:border-box;width:min(360px,calc(100vw - 16px));
  max-height:calc(100vh - 16px);overflow:auto;padding:12px 14px 14px;border:1px solid var(--md-border);
  border-top:4px solid var(--md-cat);border-radius:10px;background:var(--md-bg);color:var(--md-fg);
  box-shadow:var(--md-shadow);font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;text-align:left}
.card::backdrop{display:none}
.head{display:flex;align-items:center;gap:8px;margin-bottom:6px}
.title{margin:0;font-size:12px;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:var(--md-cat);flex:1}
.close{border:0;background:transparent;color:var(--md-muted);font-size:18px;line-height:1;padding:2px 6px;cursor:pointer;border-radius:6px}
.message{margin:0 0 6px;font-weight:600}
.quote{margin:0 0 8px;padding-left:8px;border-left:3px solid var(--md-border);color:var(--md-muted);
  white-space:pre-wrap;overflow-wrap:anywhere}
.why{margin:0 0 10px;color:var(--md-muted);font-size:13px}
.why b{color:var(--md-fg)}
.label{margin:0 0 4px;font-size:12px;color:var(--md-muted)}
.suggestions{display:flex;flex-direction:column;gap:6px;margin-bottom:10px}
.suggestions button{text-align:left;border:1px solid var(--md-border);background:var(--md-btn);color:var(--md-fg);
  border-radius:8px;padding:7px 10px;font:inherit;cursor:pointer;white-space:normal;overflow-wrap:anywhere}
.suggestions button:hover{background:var(--md-btn-hover)}
.actions{display:flex;flex-wrap:wrap;gap:6px;border-top:1px solid var(--md-border);padding-top:10px}
.actions button{border:1px solid transparent;background:transparent;color:var(--md-accent);font:inherit;font-size:13px;
  padding:4px 8px;border-radius:6px;cursor:pointer}
.actions button:hover,.close:hover{background:var(--md-btn-hover)}
.card button:focus-visible{outline:2px solid var(--md-accent);outline-offset:1px}
@media (prefers-reduced-motion:no-preference){.card{animation:md-in .12s ease-out}}
@keyframes md-in{from{opacity:0;transform:translateY(-4px)}to{opacity:1;transform:none}}
`;
