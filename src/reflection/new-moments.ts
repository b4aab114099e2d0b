import { browser, type Browser } from 'wxt/browser';
import { parseHistoryChangedMessage } from '../protocol/history';
import { h } from './dom';
import { plural } from './labels';

export interface NewMomentsNotice {
  element: HTMLElement;
  /** called when a section is rendered afresh, which already includes everything stored so far */
  clear(): void;
}

/**
 * Counts the moments the background stores while the page is open and offers to show them. The section is never
 * rebuilt under the reader: they choose when, so their place in the timeline and their focus stay where they were.
 */
export function watchNewMoments(onShow: () => void, announce: (message: string) => void): NewMomentsNotice {
  let count = 0;
  const text = h('span', {});
  const button = h('button', { type: 'button' }, 'Show them');
  const element = h('div', { class: 'new-moments', hidden: true }, text, ' ', button);
  button.addEventListener('click', onShow);

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseHistoryChangedMessage(raw);
    if (!message) return undefined;
    const first = count === 0;
    count += message.added;
    text.textContent = `${plural(count, 'new moment')} since this view was loaded.`;
    button.textContent = count === 1 ? 'Show it' : 'Show them';
    element.hidden = false;
    if (first && !document.hidden) announce('New moments were recorded. The button at the top of the page shows them.');
    return undefined;
  });

  return {
    element,
    clear() {
      count = 0;
      element.hidden = true;
    },
  };
}
