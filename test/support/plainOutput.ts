// Loaded before every test file (.mocharc.json, test/run-all.mjs): cable-lint colours its report
// when FORCE_COLOR is set, and the CLI tests, which spawn it with this environment, read plain text.
delete process.env.FORCE_COLOR;
