// Debounced work per document: typing schedules one validation 200 ms after the last keystroke.
export const VALIDATION_DELAY_MS = 200;

export class Scheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly run: (uri: string) => void, private readonly delay = VALIDATION_DELAY_MS) {}

  schedule(uri: string, delay = this.delay): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri);
      }, delay),
    );
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
