import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { type DomNode, offsetOfPoint, pointAtOffset, trimToWords } from "./dom";

const body = "ISIS had about 1,000 fighters in the desert.";
// As the annotator renders it: plain runs and highlighted runs with a link inside.
const html = `<div id="t"><span>ISIS had </span><mark><a href="#">about 1,000 fighters</a></mark><span> in the desert.</span></div>`;

function setup() {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const container = document.getElementById("t") as unknown as DomNode & { textContent: string };
  return { document, container };
}

describe("offsetOfPoint and pointAtOffset", () => {
  it("counts the text before a point in a text node, across elements", () => {
    const { container } = setup();
    expect(container.textContent).toBe(body);
    const linkText = container.childNodes[1].childNodes[0].childNodes[0];
    expect(offsetOfPoint(container, linkText, 6)).toBe(body.indexOf("1,000"));
  });

  it("counts children when the point is in an element", () => {
    const { container } = setup();
    expect(offsetOfPoint(container, container, 0)).toBe(0);
    expect(offsetOfPoint(container, container, 2)).toBe(body.indexOf(" in the"));
    expect(offsetOfPoint(container, container, 3)).toBe(body.length);
  });

  it("says null for a point outside the container", () => {
    const { document, container } = setup();
    expect(offsetOfPoint(container, document.body as unknown as DomNode, 0)).toBeNull();
  });

  it("round-trips every offset of the body", () => {
    const { container } = setup();
    for (let i = 0; i <= body.length; i++) {
      const [node, offset] = pointAtOffset(container, i);
      expect(node.nodeType).toBe(3);
      expect(offsetOfPoint(container, node, offset)).toBe(i);
    }
  });

  it("puts an offset past the text at the container's end", () => {
    const { container } = setup();
    expect(pointAtOffset(container, body.length + 5)).toEqual([container, 3]);
  });
});

describe("trimToWords", () => {
  it("drops the space and line break a double or triple click takes", () => {
    const text = "one two\nthree";
    expect(trimToWords(text, 4, 8)).toEqual({ start: 4, end: 7 });
    expect(trimToWords(text, 3, 4)).toBeNull();
    expect(trimToWords(text, -2, 99)).toEqual({ start: 0, end: 13 });
  });
});
