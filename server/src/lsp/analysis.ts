// One document version seen through one configuration: the parsed cable and its lint results,
// computed on first use and kept until the text or the configuration changes.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CableDiagnostic, CableLintConfig, CableModel, createVocabulary, lintModel, lintText, LoadedConfig, parseCableForEditing, parseIsoDate, reparseCable, TagVocabulary } from '../service';
import { ConfigScope } from './host';
import { CableSettings, effectiveConfig } from './settings';

/** Thrown from inside long computations when the request they serve was cancelled. */
export class RequestCancelledError extends Error {
  constructor() {
    super('Request cancelled');
  }
}

function fileNameOf(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Whether the text takes more than `limit` bytes in UTF-8. A UTF-16 unit takes one to three bytes,
 * so most texts are told by their length alone, without a pass over 2 MB on every keystroke.
 */
function largerThan(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Length(text) > limit;
}

/** Runs of characters beyond ASCII: the only ones that take more than a byte in UTF-8. */
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/**
 * Bytes in UTF-8, as Buffer.byteLength counts them (a lone surrogate as U+FFFD), without Buffer:
 * the browser has none. A byte a character, plus what the runs beyond ASCII add, which a native
 * search finds: a loop over every character took 10 ms on a 2 MB cable, at every keystroke.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  NON_ASCII_RUN.lastIndex = 0;
  for (let m = NON_ASCII_RUN.exec(text); m; m = NON_ASCII_RUN.exec(text)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      const code = run.charCodeAt(i);
      if (code < 0x800) bytes += 1;
      else {
        // Three bytes for one unit; a surrogate pair is four bytes for its two units.
        bytes += 2;
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < run.length && (run.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      }
    }
  }
  return bytes;
}

const vocabularies = new Map<string, TagVocabulary>();
let analysisCount = 0;

/** Vocabularies are shared between documents with the same extra tags. */
function vocabularyFor(tags: readonly string[] = []): TagVocabulary {
  const key = [...tags].sort().join(' ');
  let vocabulary = vocabularies.get(key);
  if (!vocabulary) {
    vocabulary = createVocabulary(tags);
    vocabularies.set(key, vocabulary);
  }
  return vocabulary;
}

/**
 * URI schemes of a file's past versions: the old side of a diff (VS Code's git, GitLens, Vim's
 * fugitive, the GitHub Pull Requests extension's pr and review) and local history. Their problems
 * would show twice in the Problems panel, once for a text no one can edit; outline, hover and the
 * rest still work on them.
 */
const PAST_VERSION_SCHEMES = new Set(['git', 'gitlens', 'fugitive', 'vscode-local-history', 'pr', 'review']);

function isPastVersion(uri: string): boolean {
  const colon = uri.indexOf(':');
  return colon > 0 && PAST_VERSION_SCHEMES.has(uri.slice(0, colon).toLowerCase());
}

export class Analysis {
  /** Unique per analysis: a pull-diagnostics result id that changes whenever the results may. */
  readonly id = ++analysisCount;
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly config: CableLintConfig;
  readonly vocabulary: TagVocabulary;
  /** Over `cable.maxValidatedSize`: not linted. */
  readonly tooLarge: boolean;
  /** Matched by the `ignores` of its `.cablelintrc.json`, or a past version of a file: nothing is reported for it. */
  readonly ignored: boolean;
  private parsed?: CableModel;
  private linted?: CableDiagnostic[];

  constructor(
    document: TextDocument,
    readonly settings: CableSettings,
    readonly configFile: LoadedConfig | undefined,
    /** What the config file says about this document (its host's reading of ignores and overrides). */
    scope: ConfigScope | undefined,
    /** Bumped whenever settings or config files change, so older analyses are not reused. */
    readonly generation: number,
    /** An earlier version's model: parsing this version re-parses only around the edit when it can. */
    private earlier?: CableModel,
  ) {
    this.uri = document.uri;
    this.version = document.version;
    this.text = document.getText();
    this.ignored = !!scope?.ignored || isPastVersion(this.uri);
    this.config = effectiveConfig(settings, scope?.config);
    this.vocabulary = vocabularyFor(this.config.tags);
    this.tooLarge = largerThan(this.text, settings.maxValidatedSize);
  }

  get fileName(): string {
    return fileNameOf(this.uri);
  }

  get model(): CableModel {
    if (!this.parsed) {
      const options = { fileName: this.fileName, date: this.config.date ? parseIsoDate(this.config.date) : undefined };
      this.parsed = this.earlier ? reparseCable(this.earlier, this.text, options) : parseCableForEditing(this.text, options);
      // Held no longer than needed: a chain of versions would keep every earlier text alive.
      this.earlier = undefined;
    }
    return this.parsed;
  }

  /** The model the next version can be re-parsed from: this one's, or the one this was to start from. */
  get modelForNextVersion(): CableModel | undefined {
    return this.parsed ?? this.earlier;
  }

  get diagnostics(): CableDiagnostic[] {
    this.linted ??= this.tooLarge || this.ignored ? [] : lintModel(this.model, { config: this.config, vocabulary: this.vocabulary });
    return this.linted;
  }

  /** Lints another text (a fix-all pass) the way this document is linted; stops when `cancelled` says so. */
  linter(cancelled: () => boolean): (text: string) => CableDiagnostic[] {
    return (text) => {
      if (cancelled()) throw new RequestCancelledError();
      return lintText(text, { config: this.config, vocabulary: this.vocabulary, fileName: this.fileName }).diagnostics;
    };
  }

  /** Whether this analysis still describes the document under these settings and config file. */
  matches(document: TextDocument, settings: CableSettings, configFile: LoadedConfig | undefined, generation: number): boolean {
    return this.version === document.version && this.settings === settings && this.configFile === configFile && this.generation === generation;
  }
}
