// `.cablelintrc.json` seen through URIs, for a server without disk paths (the web worker): which
// URIs are config files, and a document's path relative to a config's folder for its globs.
import { CONFIG_FILE_NAME } from '../service';

export function isConfigFileUri(uri: string): boolean {
  return uri.endsWith(`/${CONFIG_FILE_NAME}`);
}

/** `scheme://authority` and the path of a URI (query and fragment dropped). */
function splitUri(uri: string): { origin: string; path: string } | undefined {
  const match = /^([A-Za-z][\w+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/.exec(uri);
  return match ? { origin: match[1].toLowerCase(), path: match[2] } : undefined;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The folder a document is in (its URI without the last segment): the config files above it apply. */
export function folderUriOf(documentUri: string): string {
  const parts = splitUri(documentUri);
  if (!parts) return documentUri;
  return parts.origin + parts.path.slice(0, Math.max(parts.path.lastIndexOf('/'), 0));
}

/**
 * The document's path relative to the config file's folder, `/`-separated and decoded, as the
 * globs expect it; undefined when the document is elsewhere (another scheme or authority, or not
 * under that folder), where only the config's top level applies.
 */
export function pathFromConfig(configUri: string, documentUri: string): string | undefined {
  const config = splitUri(configUri);
  const document = splitUri(documentUri);
  if (!config || !document || config.origin !== document.origin) return undefined;
  const folder = config.path.slice(0, config.path.lastIndexOf('/') + 1);
  if (!folder || !document.path.startsWith(folder) || document.path.length === folder.length) return undefined;
  return document.path.slice(folder.length).split('/').map(decode).join('/');
}
