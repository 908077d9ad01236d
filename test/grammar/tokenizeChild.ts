// Child process for the hang checks: loads the grammar, then tokenizes each line it is sent and
// answers with the token count and the CPU time the tokenizing took. A process of its own so the
// CPU time is the tokenizer's alone and a runaway regex can be killed.
import { INITIAL } from 'vscode-textmate';
import { loadGrammar } from './textmate';

export interface TokenizeReply {
  tokenCount: number;
  stoppedEarly: boolean;
  cpuMs: number;
}

const send = process.send?.bind(process);
if (!send) throw new Error('tokenizeChild must be started with an IPC channel (child_process.fork)');

void loadGrammar().then(({ grammar }) => {
  process.on('message', (line: string) => {
    const before = process.cpuUsage();
    const result = grammar.tokenizeLine(line, INITIAL);
    const used = process.cpuUsage(before);
    const reply: TokenizeReply = {
      tokenCount: result.tokens.length,
      stoppedEarly: result.stoppedEarly,
      cpuMs: (used.user + used.system) / 1000,
    };
    send(reply);
  });
  send('ready');
});
