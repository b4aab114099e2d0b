// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domPoint, readTextMap, textOffset } from '../../src/adapters/text-map';

function region(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  // fixtures are trusted test markup, built by the parser rather than by hand for readability
  el.append(document.createRange().createContextualFragment(html));
  document.body.replaceChildren(el);
  return el;
}

describe('reading a contenteditable region as text', () => {
  it('turns blocks and <br> into line breaks, ignoring the <br> that only holds an empty line open', () => {
    const el = region('<div>Hi Sam,</div><div><br></div><div>one<br>two</div><p>three<br></p>');
    expect(readTextMap(el).text).toBe('Hi Sam,\none\ntwo\nthree');
  });

  it('reads text split over several nodes (typed and pasted runs, formatting) as one sentence', () => {
    const el = region("<p><span>It's </span><b>your</b><span> fault.</span></p>");
    const map = readTextMap(el);
    expect(map.text).toBe("It's your fault.");
    expect(map.segments).toHaveLength(3);
  });

  it('leaves out non-editable islands and what a family says is not text', () => {
    const el = region(
      '<p>Hello <span contenteditable="false">@Sam</span>there<span data-zero>\ufeff</span></p><div class="ui">x</div>',
    );
    expect(readTextMap(el, { skip: (n) => n.classList.contains('ui') }).text).toBe('Hello there');
  });

  it('collapses markup white space the way the browser shows it', () => {
    const el = region(
      '\n  <div>Thanks, see below.</div>\n  <div class="quote">\n    <div>\n      On Mon, Sam wrote:<br>\n    </div>\n    <blockquote>  It is   late.</blockquote>\n  </div>\n',
    );
    const map = readTextMap(el, { collapse: true });
    expect(map.text).toBe('Thanks, see below.\nOn Mon, Sam wrote:\nIt is late.');
    // every offset still points at the right character of the DOM
    const at = domPoint(map, map.text.indexOf('late'), 'forward');
    expect(at?.node.data.slice(at.offset, at.offset + 4)).toBe('late');
    const wrote = domPoint(map, map.text.indexOf('wrote'), 'forward');
    expect(wrote?.node.data.slice(wrote.offset, wrote.offset + 5)).toBe('wrote');
  });

  it('keeps white space as typed in pre-wrap editors', () => {
    const el = region('<p>a  b</p>');
    expect(readTextMap(el).text).toBe('a  b');
  });
});

describe('mapping offsets to the DOM and back', () => {
  const el = (): HTMLElement => region("<p>Thanks.</p><p><span>It's </span><b>your</b> fault.</p>");

  it('gives the start of the next node at a boundary for a range start, and the end of the previous for its end', () => {
    const map = readTextMap(el());
    const yourStart = map.text.indexOf('your');
    expect(domPoint(map, yourStart, 'forward')).toMatchObject({ offset: 0 });
    expect(domPoint(map, yourStart, 'forward')?.node.data).toBe('your');
    expect(domPoint(map, yourStart, 'backward')?.node.data).toBe("It's ");
    // the line break between blocks has no node: a start there moves to the next line
    const lineBreak = map.text.indexOf('\n');
    expect(domPoint(map, lineBreak, 'forward')?.node.data).toBe("It's ");
  });

  it('turns a selection point back into the same offset', () => {
    const map = readTextMap(el());
    for (const word of ['Thanks', 'your', 'fault']) {
      const offset = map.text.indexOf(word);
      const point = domPoint(map, offset, 'forward');
      expect(point).not.toBeNull();
      expect(textOffset(map, point!.node, point!.offset)).toBe(offset);
    }
  });

  it('maps a point given as an element and child index', () => {
    const root = el();
    const map = readTextMap(root);
    const second = root.children[1] as HTMLElement;
    expect(textOffset(map, second, 0)).toBe(map.text.indexOf("It's"));
    expect(textOffset(map, root, root.childNodes.length)).toBe(map.text.length);
  });
});
