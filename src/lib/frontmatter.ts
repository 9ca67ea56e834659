/**
 * Splits a content file into frontmatter and body, and reads the frontmatter with YAML's core
 * schema. Dates therefore stay text (so `2019-13-45` can be caught rather than rolled over into
 * another date, as Astro's reader does), and every field can be traced back to its line.
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq } from 'yaml';

/** A parsed content file. */
export interface ParsedFile {
  /** The frontmatter as plain data (undefined when missing or unreadable). */
  data: unknown;
  /** The body text after the closing `---`. */
  body: string;
  /** 1-based line on which the body starts in the file. */
  bodyLine: number;
  /** YAML syntax errors, with their lines and the field being written where the error sits. */
  errors: { line: number; field?: string; message: string }[];
  /** The line of the value at a field path, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Parses a file's text. Never throws: problems are returned in `errors`. */
export function parseContentFile(text: string): ParsedFile {
  const match = FENCE.exec(text);
  if (!match) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      errors: [
        {
          line: 1,
          message: text.trim() ? 'no frontmatter (expected a block between two "---" lines at the top of the file)' : 'the file is empty',
        },
      ],
      lineOf: () => undefined,
    };
  }
  const yamlText = match[1] ?? '';
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  // Frontmatter starts on line 2 (line 1 is the opening fence).
  const toLine = (offset: number) => counter.linePos(offset).line + 1;
  const errors = doc.errors.map((e) => {
    const field = pathAt(yamlText, doc.contents, e.pos[0]).join('.');
    return { line: toLine(e.pos[0]), ...(field ? { field } : {}), message: `YAML syntax error: ${e.message.split('\n')[0]}` };
  });
  const bodyLine = text.slice(0, match[0].length).split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return {
    data: errors.length ? undefined : doc.toJS(),
    body: text.slice(match[0].length),
    bodyLine,
    errors,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        // A field's own line is the line of its key (a block list or group starts on the next one).
        const parent = n === 0 ? undefined : n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1) as unknown[], true);
        const key = isMap(parent)
          ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[n - 1]))?.key
          : undefined;
        if (isNode(key) && key.range) return toLine(key.range[0]);
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return toLine(node.range[0]);
      }
      return undefined;
    },
  };
}

/**
 * The path of the last field that starts at or before `offset`: where an editor was typing when
 * YAML broke. A mapping that starts on its key's own line (`role: a: b`) is the error itself, not a field.
 */
function pathAt(text: string, node: unknown, offset: number, path: (string | number)[] = []): (string | number)[] {
  const start = (n: unknown) => (isNode(n) && n.range ? n.range[0] : Infinity);
  if (isMap(node)) {
    const pair = node.items.filter((p) => start(p.key) <= offset).at(-1);
    if (!pair) return path;
    const here = [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)];
    const compact = isMap(pair.value) && !pair.value.flow && !text.slice(start(pair.key), start(pair.value)).includes('\n');
    return compact ? here : pathAt(text, pair.value, offset, here);
  }
  if (isSeq(node)) {
    const i = node.items.findLastIndex((item) => start(item) <= offset);
    if (i >= 0) return pathAt(text, node.items[i], offset, [...path, i]);
  }
  return path;
}
