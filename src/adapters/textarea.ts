import { lineBoxes, visibleBoxOf } from './geometry';
import { FieldMirror } from './mirror';
import type { AdapterFamily, EditorAdapter } from './types';

/**
 * Textareas and text inputs. Replacing goes through setSelectionRange + execCommand('insertText'): the one route that
 * fires a trusted input event (React and Vue see it) and keeps the field's native undo.
 */
export const textFieldFamily: AdapterFamily = {
  name: 'textarea',
  matches: (el) => el.nodeName === 'TEXTAREA' || el.nodeName === 'INPUT',
  create: (el, ctx) => createTextFieldAdapter(el as HTMLTextAreaElement | HTMLInputElement, ctx.measuringLayer()),
};

export function createTextFieldAdapter(
  field: HTMLTextAreaElement | HTMLInputElement,
  layer: HTMLElement,
): EditorAdapter {
  const doc = field.ownerDocument;
  let mirror: FieldMirror | null = null;
  const holds = (start: number, text: string): boolean => field.value.slice(start, start + text.length) === text;
  return {
    family: field.nodeName === 'TEXTAREA' ? 'textarea' : 'input',
    element: field,
    read: () => field.value,
    boxes(start, end) {
      mirror ??= new FieldMirror(field, layer);
      mirror.sync();
      return lineBoxes(mirror.rects(start, end));
    },
    visibleBox() {
      mirror ??= new FieldMirror(field, layer);
      return visibleBoxOf(field, mirror.contentBox());
    },
    selection() {
      const { selectionStart, selectionEnd } = field;
      if (selectionStart === null || selectionEnd === null) return null;
      return { start: selectionStart, end: selectionEnd };
    },
    select(start, end) {
      field.setSelectionRange(start, end);
    },
    async replace(start, end, text) {
      const before = field.value;
      if (start < 0 || end > before.length || start > end) return false;
      field.focus({ preventScroll: true });
      field.setSelectionRange(start, end);
      doc.execCommand('insertText', false, text);
      if (field.value === before && text !== before.slice(start, end)) {
        // execCommand is refused in a few contexts; setRangeText still fires input so frameworks see the change
        field.setRangeText(text, start, end, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
      }
      if (!holds(start, text)) return false;
      const caret = start + text.length;
      if (field.selectionStart !== caret || field.selectionEnd !== caret) field.setSelectionRange(caret, caret);
      return true;
    },
    dispose() {
      mirror?.dispose();
      mirror = null;
    },
  };
}
