// Glob patterns of `.cablelintrc.json` (`ignores`, `overrides[].files`), matched against a path
// relative to the config file's folder, as ESLint's flat config does for the common cases:
//   *  any characters but `/`        ?  one character but `/`       [abc] [!abc]  one of / none of
//   ** any number of folders         {a,b}  either (within one path segment)
//   a trailing `/` names a folder only; a pattern that matches a folder covers everything under it;
//   a leading `/` or `./` changes nothing (every pattern starts at the config's folder);
//   a leading `!` takes back what an earlier pattern matched (not below a folder already matched).
// `\` is read as `/`, so patterns written on Windows work. Pure, for the CLI and both servers: the
// paths come in already relative and `/`-separated (see toPatternPath).

/** One character of a path segment: a literal, `?`, `[...]`; or `*`, any run of characters. */
type CharToken = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> };

/** A path segment's tokens, or `**`: any number of segments. */
type SegmentToken = CharToken[] | 'globstar';

interface CompiledPattern {
  segments: SegmentToken[];
  /** `drafts/`: matches folders only. */
  folderOnly: boolean;
  /** `!keep.txt`: un-matches. */
  negated: boolean;
}

/** More brace alternatives than this are not expanded further (the rest stay literal). */
const MAX_EXPANSIONS = 256;

/** `{a,b}` lists, within one segment and not nested, expanded into one pattern each. */
function expandBraces(pattern: string): string[] {
  for (let open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', open + 1)) {
    const close = pattern.indexOf('}', open);
    if (close < 0) break;
    const body = pattern.slice(open + 1, close);
    if (!body.includes(',') || body.includes('{') || body.includes('/')) continue;
    const expanded = body.split(',').flatMap((alternative) => expandBraces(pattern.slice(0, open) + alternative + pattern.slice(close + 1)));
    return expanded.length > MAX_EXPANSIONS ? [pattern] : expanded;
  }
  return [pattern];
}

/** `[abc]`, `[!a-z]` at `start` (the `[`): the token and where it ends, or undefined when unclosed. */
function charClass(segment: string, start: number): { token: CharToken; end: number } | undefined {
  let i = start + 1;
  const negated = segment[i] === '!' || segment[i] === '^';
  if (negated) i++;
  const first = i;
  // A `]` right after the opening bracket is a member, as in shells.
  while (i < segment.length && (segment[i] !== ']' || i === first)) i++;
  if (i >= segment.length) return undefined;
  const members = segment.slice(first, i);
  const ranges: Array<[string, string]> = [];
  for (let m = 0; m < members.length; m++) {
    if (members[m + 1] === '-' && m + 2 < members.length) {
      ranges.push([members[m], members[m + 2]]);
      m += 2;
    } else ranges.push([members[m], members[m]]);
  }
  return { token: { kind: 'class', negated, ranges }, end: i };
}

function segmentTokens(segment: string): SegmentToken {
  if (segment === '**') return 'globstar';
  const tokens: CharToken[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    const group = c === '[' ? charClass(segment, i) : undefined;
    if (group) {
      tokens.push(group.token);
      i = group.end;
    } else if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else tokens.push(c === '?' ? { kind: 'any' } : { kind: 'char', char: c });
  }
  return tokens;
}

function compile(pattern: string): CompiledPattern[] {
  let path = pattern.replace(/\\/g, '/');
  const negated = path.startsWith('!');
  if (negated) path = path.slice(1);
  path = path.replace(/^(?:\.\/|\/)+/, '');
  const folderOnly = path.endsWith('/');
  while (path.endsWith('/')) path = path.slice(0, -1);
  if (!path || path === '.') return [];
  return expandBraces(path).map((expanded) => ({
    segments: expanded
      .split('/')
      .filter((s, i, all) => s !== '' && !(s === '**' && all[i - 1] === '**'))
      .map(segmentTokens),
    folderOnly,
    negated,
  }));
}

function charMatches(token: CharToken, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'any':
      return true;
    case 'class':
      return token.ranges.some(([from, to]) => from <= char && char <= to) !== token.negated;
    default:
      return false;
  }
}

/**
 * Wildcard matching with one way back: on a mismatch, the last star takes one more item and the
 * match resumes after it. No regex, so no pattern can make it backtrack badly: at most
 * items × tokens steps. Used for the characters of a segment and for the segments of a path.
 */
function wildcard<T, I>(tokens: readonly T[], items: ArrayLike<I>, isStar: (t: T) => boolean, one: (t: T, item: I) => boolean): boolean {
  let t = 0;
  let i = 0;
  let star = -1;
  let resume = 0;
  while (i < items.length) {
    if (t < tokens.length && isStar(tokens[t])) {
      star = t++;
      resume = i;
    } else if (t < tokens.length && one(tokens[t], items[i])) {
      t++;
      i++;
    } else if (star >= 0) {
      t = star + 1;
      i = ++resume;
    } else return false;
  }
  while (t < tokens.length && isStar(tokens[t])) t++;
  return t === tokens.length;
}

const segmentMatches = (tokens: SegmentToken, segment: string): boolean => tokens !== 'globstar' && wildcard(tokens, segment, (t) => t.kind === 'star', charMatches);

function patternMatches(pattern: CompiledPattern, segments: readonly string[]): boolean {
  return wildcard(pattern.segments, segments, (t) => t === 'globstar', segmentMatches);
}

/**
 * A list of patterns, in order. A path is matched when one of the folders above it is, or else
 * when the last pattern that matches the path itself is not negated (gitignore's rule: nothing
 * below a matched folder can be taken back).
 */
export class PathMatcher {
  private readonly patterns: CompiledPattern[];

  constructor(patterns: readonly string[]) {
    this.patterns = patterns.flatMap(compile);
  }

  get empty(): boolean {
    return this.patterns.length === 0;
  }

  /** `path`: relative to the config's folder, `/`-separated; `folder` when it names a folder. */
  matches(path: string, folder = false): boolean {
    if (!this.patterns.length || !path) return false;
    const segments = path.split('/');
    for (let depth = 1; depth < segments.length; depth++) {
      if (this.matchesItself(segments.slice(0, depth), true)) return true;
    }
    return this.matchesItself(segments, folder);
  }

  private matchesItself(segments: readonly string[], folder: boolean): boolean {
    let matched = false;
    for (const p of this.patterns) {
      if (p.negated === matched && (folder || !p.folderOnly) && patternMatches(p, segments)) matched = !p.negated;
    }
    return matched;
  }
}

/**
 * `relative` (from the config's folder to a file, as node's path.relative gives it) as patterns
 * see it: `/`-separated; undefined when the file is not under that folder, where no pattern applies.
 */
export function toPatternPath(relative: string): string | undefined {
  const path = relative.replace(/\\/g, '/');
  if (path === '' || path === '..' || path.startsWith('../') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return undefined;
  return path;
}
