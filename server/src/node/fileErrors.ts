// File-system errors in plain words, for the CLI's messages and the language server's.

/** Plain words for the file-system errors people meet, so no message shows a bare code. */
const ERROR_WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links: a symlink loop',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'it is a directory',
  EEXIST: 'something already exists at that path',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/** The words for an error code, if it is one of those people meet. */
export function wordsForCode(code: string | undefined): string | undefined {
  return code ? ERROR_WORDS[code] : undefined;
}

/** Why a file-system call failed, in words (lower case, no full stop); the error's own message else. */
export function errorWords(error: unknown): string {
  return wordsForCode((error as NodeJS.ErrnoException).code) ?? (error as Error).message;
}
