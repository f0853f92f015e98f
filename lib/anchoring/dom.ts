/**
 * The annotator's maths between DOM points and quote offsets. Offsets count UTF-16 code units of
 * the container's text, which is exactly the version's body (the annotator renders nothing else),
 * in document order. Written against the small part of the DOM it needs, so it is unit-tested
 * without a browser.
 */
export type DomNode = {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
};

const TEXT_NODE = 3;

/** The text nodes under `node`, in document order. */
function* textNodes(node: DomNode): Generator<DomNode> {
  if (node.nodeType === TEXT_NODE) {
    yield node;
    return;
  }
  for (let i = 0; i < node.childNodes.length; i++) yield* textNodes(node.childNodes[i]);
}

function textLength(node: DomNode): number {
  let n = 0;
  for (const t of textNodes(node)) n += t.nodeValue?.length ?? 0;
  return n;
}

/**
 * The text offset of a DOM boundary point (node, offset), as a Range reports it: in a text node
 * the offset counts characters, in an element it counts children. Null when the point is not in
 * the container.
 */
export function offsetOfPoint(container: DomNode, node: DomNode, offset: number): number | null {
  let seen = 0;
  const walk = (current: DomNode): number | null => {
    if (current === node) {
      if (current.nodeType === TEXT_NODE) return seen + Math.min(offset, current.nodeValue?.length ?? 0);
      let inside = seen;
      for (let i = 0; i < Math.min(offset, current.childNodes.length); i++) inside += textLength(current.childNodes[i]);
      return inside;
    }
    if (current.nodeType === TEXT_NODE) {
      seen += current.nodeValue?.length ?? 0;
      return null;
    }
    for (let i = 0; i < current.childNodes.length; i++) {
      const found = walk(current.childNodes[i]);
      if (found !== null) return found;
    }
    return null;
  };
  return walk(container);
}

/** The DOM point at a text offset: the inverse of offsetOfPoint, always inside a text node when there is one. */
export function pointAtOffset(container: DomNode, offset: number): [DomNode, number] {
  let seen = 0;
  for (const node of textNodes(container)) {
    const length = node.nodeValue?.length ?? 0;
    if (offset <= seen + length) return [node, Math.max(0, offset - seen)];
    seen += length;
  }
  return [container, container.childNodes.length];
}

/**
 * A selection [start, end) of the body narrowed to words: double and triple clicks take the space
 * or line break after them, and a quote starts and ends on words. Null when nothing but space is left.
 */
export function trimToWords(body: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(body.length, end);
  while (s < e && /\s/.test(body[s])) s++;
  while (e > s && /\s/.test(body[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}
