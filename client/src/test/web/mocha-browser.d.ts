// mocha's browser build (UMD): bundled into the web test runner, where it exports the BrowserMocha
// instance instead of setting a global (esbuild gives it `module`).
declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export = mocha;
}
