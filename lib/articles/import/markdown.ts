/**
 * Markdown to plain paragraphs: block structure is kept (one block per paragraph, heading or list
 * item), inline syntax is reduced to its text, and raw HTML inside it is dropped as code would be.
 * The first level-one heading is reported as the title.
 */
export type MarkdownExtraction = { blocks: string[]; title: string | null };

const inline = (text: string) =>
  text
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<[^>]*>/g, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\s+/g, " ")
    .trim();

export function extractMarkdown(markdown: string): MarkdownExtraction {
  const blocks: string[] = [];
  let title: string | null = null;
  let paragraph: string[] = [];
  let fence = false;
  const flush = () => {
    const text = inline(paragraph.join(" "));
    if (text) blocks.push(text);
    paragraph = [];
  };
  for (const line of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      fence = !fence;
      continue;
    }
    if (fence) {
      paragraph.push(line);
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const text = inline(heading[2]);
      if (text) {
        if (!title && heading[1].length === 1) title = text;
        blocks.push(text);
      }
    } else if (/^\s*$/.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*=+\s*$|^\s*-+\s*$/.test(line)) {
      flush();
    } else if (item) {
      flush();
      paragraph.push(item[1]);
      flush();
    } else {
      paragraph.push(line.replace(/^\s*>\s?/, ""));
    }
  }
  flush();
  return { blocks, title };
}
