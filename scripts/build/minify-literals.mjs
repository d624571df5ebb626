// Shrinks the whitespace and comments inside Lit's css`` and html`` templates for the CDN build: terser keeps
// template strings byte for byte, and they are a large part of the elements. Only text between expressions
// changes; expressions are untouched.

const CSS_TAGS = new Set(['css']);
const HTML_TAGS = new Set(['html', 'staticHtml', 'svg']);

/**
 * Comments out, whitespace folded, no spaces around { } ; , > nor inside ( ), none after a colon, and no `;`
 * before `}`. Spaces before a colon stay: in a selector `.a :hover` differs from `.a:hover`; spaces around
 * `+` stay: calc() needs them.
 */
export function minifyCss(text) {
  // One pass over comments and quoted strings, in the order they come: a comment goes (even one with an
  // apostrophe in it), a string (content: ', ') keeps its spaces, and the code between them is minified.
  const pieces = text.split(/(\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/);
  return pieces
    .map((part, index) => (index % 2 === 0 ? minifyCssCode(part) : part.startsWith('/*') ? ' ' : part))
    .join('')
    .replace(/\s*([{};,>])\s*/g, (match, char, offset, all) => (insideString(all, offset) ? match : char));
}

/** Whether `offset` lies inside a quoted string of `css` (only strings can hold a brace or a comma we must keep). */
function insideString(css, offset) {
  let quote = null;
  for (let i = 0; i < offset; i++) {
    const char = css[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
  }
  return quote !== null;
}

function minifyCssCode(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/**
 * Drops the indentation around line breaks, keeping the breaks: a line break renders as the space it
 * replaces in normal white-space (none of the templates uses <pre> or white-space: pre), and line numbers
 * stay. Applied alike to the npm build (minifyHtmlLiterals, after tsc) and the CDN build, and idempotent,
 * so a template has the same strings in both: server HTML rendered from the npm build hydrates in a page
 * that loads the CDN build (Lit compares a digest of the strings).
 */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, (space) => space.replace(/[^\n]/g, ''));
}

/** The edits minifying `code`'s tagged templates: [start, end, text], given its parsed AST. */
function literalEdits(code, ast, tags) {
  const edits = [];
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const minify = tags.css && CSS_TAGS.has(node.tag.name) ? minifyCss : HTML_TAGS.has(node.tag.name) ? minifyHtml : null;
    if (!minify) return;
    for (const quasi of node.quasi.quasis) {
      const raw = code.slice(quasi.start, quasi.end);
      const next = minify(raw);
      if (next !== raw) edits.push([quasi.start, quasi.end, next]);
    }
  });
  return edits;
}

function applyEdits(code, edits) {
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/**
 * The npm build's html`` templates minified in place as the CDN build minifies them (css`` stays as
 * written: only html strings take part in hydration). Returns the minified code, or null when unchanged.
 */
export function minifyHtmlLiterals(code, parse) {
  if (!/\b(html|staticHtml|svg)\s*`/.test(code)) return null;
  const edits = literalEdits(code, parse(code), { css: false });
  return edits.length ? applyEdits(code, edits) : null;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyLiteralsPlugin({ include = /[\\/]dist[\\/].*\.js$/ } = {}) {
  return {
    name: 'shn-minify-literals',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html|staticHtml|svg)\s*`/.test(code)) return null;
      const edits = literalEdits(code, this.parse(code), { css: true });
      if (edits.length === 0) return null;
      const out = applyEdits(code, edits);
      return { code: out, map: null };
    },
  };
}
