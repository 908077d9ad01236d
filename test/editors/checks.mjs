// The editor suites' checks: each a named test that passes or fails, printed as mocha does, and
// counted for test/editors/run.mjs. `onFailure` lets a suite keep evidence (the UI suite's screenshots).
export class Checks {
  constructor({ onFailure } = {}) {
    this.passed = 0;
    this.failed = 0;
    this.onFailure = onFailure;
  }

  async run(name, body) {
    try {
      await body();
      this.passed++;
      console.log(`  ✔ ${name}`);
    } catch (error) {
      this.failed++;
      console.log(`  ✘ ${name}\n      ${String(error.message ?? error).split('\n').join('\n      ')}`);
      await this.onFailure?.(name).catch(() => {});
    }
  }
}
