// The owner's payment instructions are plain text with a little markdown: blank lines split
// paragraphs, "- " starts a bullet, **bold**, and http(s) links. Parsed into blocks the page
// renders as React elements: no HTML from the owner ever reaches the page as markup.
export type Inline = { kind: "text" | "bold" | "link"; text: string };
export type Block = { kind: "paragraph"; lines: Inline[][] } | { kind: "list"; items: Inline[][] };

const INLINE = /(\*\*[^*]+\*\*|https?:\/\/[^\s<>"']+)/g;

export function parseInline(line: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of line.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: "text", text: line.slice(last, index) });
    const token = match[0];
    if (token.startsWith("**")) parts.push({ kind: "bold", text: token.slice(2, -2) });
    else {
      const trimmed = token.replace(/[.,;:!?)]+$/, "");
      parts.push({ kind: "link", text: trimmed });
      if (trimmed.length < token.length) parts.push({ kind: "text", text: token.slice(trimmed.length) });
    }
    last = index + token.length;
  }
  if (last < line.length) parts.push({ kind: "text", text: line.slice(last) });
  return parts;
}

export function parseInstructions(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk
      .split("\n")
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    let paragraph: Inline[][] = [];
    let list: Inline[][] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: "paragraph", lines: paragraph });
      if (list.length) blocks.push({ kind: "list", items: list });
      paragraph = [];
      list = [];
    };
    for (const line of lines) {
      const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
      if (bullet) {
        if (paragraph.length) flush();
        list.push(parseInline(bullet[1]));
      } else {
        if (list.length) flush();
        paragraph.push(parseInline(line.trim()));
      }
    }
    flush();
  }
  return blocks;
}
