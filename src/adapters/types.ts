/** A box in viewport coordinates (what getClientRects gives), kept plain so it can be compared and stored. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TextSelection {
  start: number;
  end: number;
}

/**
 * One editor on the page, seen through the family of editor it is. Offsets are UTF-16 indices into `read()`'s text.
 * Adapters only read the editor and change it through its own input path: they never add, wrap or restyle its nodes.
 */
export interface EditorAdapter {
  readonly family: string;
  readonly element: HTMLElement;
  /** the editor's text as the writer sees it: blocks and line breaks as "\n" */
  read(): string;
  /** one box per line of the span, in viewport coordinates */
  boxes(start: number, end: number): Box[];
  /** the part of the viewport where the editor's text can be seen (its box, cut by scrolling ancestors) */
  visibleBox(): Box | null;
  /** the selection when it is inside the editor */
  selection(): TextSelection | null;
  /** moves the caret (or selects) without changing text */
  select(start: number, end: number): void;
  /**
   * Replaces [start, end) with text the way typing would, so the editor's model, undo stack and listeners follow.
   * Resolves true when the editor's text holds the new text afterwards.
   */
  replace(start: number, end: number, text: string): Promise<boolean>;
  /** call when the adapter is no longer used */
  dispose(): void;
}

/** An adapter family: which editors it knows and how to make an adapter for one. */
export interface AdapterFamily {
  readonly name: string;
  matches(el: HTMLElement): boolean;
  create(el: HTMLElement, ctx: AdapterContext): EditorAdapter;
}

export interface AdapterContext {
  /** where the adapter may put measuring elements (the overlay's shadow root): never inside the page's editor */
  measuringLayer(): HTMLElement;
}
