// Every request handler runs through here: it yields once so a cancellation that arrived with the
// request is seen, answers RequestCancelled when the client gave up, and turns any failure into an
// error response (logged) instead of a crashed server.
import { CancellationToken, ErrorCodes, LSPErrorCodes, RAL, ResponseError } from 'vscode-languageserver';
import { RequestCancelledError } from './analysis';

export type Log = (message: string) => void;

function cancelled(): ResponseError<never> {
  return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

export function runSafe<T>(name: string, token: CancellationToken, logError: Log, work: () => T | Promise<T>): Promise<T | ResponseError<never>> {
  return new Promise((resolve) => {
    // The runtime's own setImmediate (Node's; a zero timeout in a browser, which has none).
    RAL().timer.setImmediate(async () => {
      // Inside the try: a handler given no token (a request sent without its parameters) must
      // still be answered, not left waiting forever.
      try {
        if (token.isCancellationRequested) return resolve(cancelled());
        const result = await work();
        resolve(token.isCancellationRequested ? cancelled() : result);
      } catch (error) {
        if (error instanceof ResponseError) return resolve(error as ResponseError<never>);
        if (error instanceof RequestCancelledError) return resolve(cancelled());
        const message = error instanceof Error ? error.message : String(error);
        logError(`${name} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
        resolve(new ResponseError<never>(ErrorCodes.InternalError, `${name} failed: ${message}`));
      }
    });
  });
}
