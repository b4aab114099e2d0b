/** The host name the writer sees in the address bar, also inside about:blank and srcdoc frames of a composer. */
export function pageHost(win: Window = window): string {
  if (win.location.hostname) return win.location.hostname;
  try {
    const top = win.top?.location.hostname;
    if (top) return top;
  } catch {
    // a cross-origin parent: fall through
  }
  const origin = win.location.ancestorOrigins?.[0];
  if (origin) {
    try {
      return new URL(origin).hostname;
    } catch {
      return '';
    }
  }
  return '';
}
