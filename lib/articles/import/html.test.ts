import { describe, expect, it } from "vitest";
import { extractHtml } from "./html";
import { extractImport } from "./extract";

const PARAGRAPH = "Iraqi forces launched a new operation against ISIS sleeper cells in the western desert on Sunday.";

const HOSTILE = `<!doctype html>
<html lang="en"><head>
<title>Hostile page</title>
<style>body { background: url("javascript:alert('style')") } .x::after { content: "STYLE-TEXT" }</style>
<script>alert("head-script")</script>
<meta property="og:site_name" content="Example Daily">
</head>
<body onload="alert('body-onload')">
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1 onclick="alert('h1')">Operation in the desert</h1>
<p onmouseover="alert('p-event')">${PARAGRAPH}</p>
<script type="text/javascript">document.write("INLINE-SCRIPT")</script>
<p>Officials said <a href="javascript:alert('link')" onclick="steal()">the campaign</a> would last days. ${PARAGRAPH}</p>
<img src="x" onerror="alert('img-onerror')" alt="IMG-ALT">
<svg onload="alert('svg')"><script>alert('svg-script')</script><text>SVG-TEXT</text></svg>
<iframe srcdoc="<script>alert('iframe')</script>">IFRAME-TEXT</iframe>
<noscript><img src=x onerror=alert('noscript')>NOSCRIPT-TEXT</noscript>
<template><script>alert('template')</script>TEMPLATE-TEXT</template>
<object data="evil.swf">OBJECT-TEXT</object>
<p>&lt;script&gt;alert("escaped")&lt;/script&gt; is how the text showed the code. ${PARAGRAPH}</p>
<style>p { color: red } /* STYLE-TWO */</style>
<p>${PARAGRAPH} Still more text to make this the main content of the page.</p>
</article>
<footer>Copyright Example Daily</footer>
</body></html>`;

describe("extractHtml with hostile HTML", () => {
  const { blocks } = extractHtml(HOSTILE);
  const text = blocks.join("\n\n");

  it("keeps the article's paragraphs as plain text", () => {
    expect(text).toContain(PARAGRAPH);
    expect(text).toContain("Officials said the campaign would last days.");
  });

  it("never keeps scripts, styles or the content of code-holding elements", () => {
    for (const marker of [
      "head-script",
      "INLINE-SCRIPT",
      "svg-script",
      "STYLE-TEXT",
      "STYLE-TWO",
      "background:",
      "SVG-TEXT",
      "IFRAME-TEXT",
      "NOSCRIPT-TEXT",
      "TEMPLATE-TEXT",
      "OBJECT-TEXT",
      "document.write",
    ]) {
      expect(text, marker).not.toContain(marker);
    }
  });

  it("never keeps markup, event attributes or script URLs", () => {
    for (const marker of ["onload", "onclick", "onerror", "onmouseover", "javascript:", "<a", "<img", "<p", "href="]) {
      expect(text, marker).not.toContain(marker);
    }
    // The one tag-like text left is the page's own escaped example, checked below.
    expect(text.replace('<script>alert("escaped")</script>', "")).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it("keeps text that merely shows code as text, never as markup that could run", () => {
    // The page itself printed this as text (escaped); it stays text, rendered escaped by React.
    expect(text).toContain('<script>alert("escaped")</script> is how the text showed the code.');
  });

  it("drops the navigation and footer around the article", () => {
    expect(text).not.toContain("Copyright Example Daily");
    expect(blocks).not.toContain("Home World");
  });
});

describe("extractHtml metadata", () => {
  it("reads og:site_name, article:published_time, the author and the language", () => {
    const { meta } = extractHtml(`<html lang="ar" dir="rtl"><head>
      <meta property="og:site_name" content="Asharq Al-Awsat">
      <meta property="og:title" content="داعش في العراق">
      <meta property="article:published_time" content="2020-03-22T09:00:00+03:00">
      <meta name="author" content="Fadhel al-Nashmi">
      <link rel="canonical" href="https://aawsat.com/node/1">
      </head><body><p>${PARAGRAPH}</p></body></html>`);
    expect(meta).toMatchObject({
      siteName: "Asharq Al-Awsat",
      title: "داعش في العراق",
      publishedTime: "2020-03-22T09:00:00+03:00",
      byline: "Fadhel al-Nashmi",
      url: "https://aawsat.com/node/1",
      lang: "ar",
      dir: "rtl",
    });
  });

  it("reads a JSON-LD NewsArticle, ignoring a broken JSON-LD block", () => {
    const { meta } = extractHtml(`<html><head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
        {"@type":"NewsArticle","headline":"Iraq launches operation","datePublished":"2019-07-07T08:00:00Z",
         "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
         "publisher":{"@type":"Organization","name":"The Desert Gazette"}}]}</script>
      </head><body><p>${PARAGRAPH}</p></body></html>`);
    expect(meta).toMatchObject({
      title: "Iraq launches operation",
      publishedTime: "2019-07-07T08:00:00Z",
      byline: "Jane Roe, John Doe",
      siteName: "The Desert Gazette",
    });
  });
});

describe("extractImport", () => {
  it("refuses an empty text and a page with no text", () => {
    expect(() => extractImport("  \n\n ", "a.txt")).toThrow("“a.txt” is empty.");
    expect(() => extractImport("<html><body><script>x()</script></body></html>", "b.html")).toThrow(
      "“b.html” has no article text in it.",
    );
  });

  it("treats pasted markup as HTML and pasted prose as text", () => {
    expect(extractImport(`<p>${PARAGRAPH}</p>`, null).format).toBe("HTML");
    expect(extractImport(`${PARAGRAPH}\n\nSecond <b>paragraph</b>.`, null)).toMatchObject({
      format: "TEXT",
      blocks: [PARAGRAPH, "Second <b>paragraph</b>."],
    });
  });

  it("reduces markdown to paragraphs, its first heading being the title", () => {
    const md = extractImport(
      `# Iraq launches *Will of Victory*\n\nBy Jane Roe\n\nForces moved **early** on [Sunday](https://x.test).\nMore text.\n\n- one\n- two\n\n<script>alert(1)</script>`,
      "a.md",
    );
    expect(md.meta.title).toBe("Iraq launches Will of Victory");
    expect(md.blocks).toEqual([
      "Iraq launches Will of Victory",
      "By Jane Roe",
      "Forces moved early on Sunday. More text.",
      "one",
      "two",
    ]);
  });
});
