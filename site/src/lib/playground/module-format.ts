/**
 * Whether handler code is CommonJS (`exports.handler = ...`, Node.js's `index.js`) rather than an
 * ES module (`export const handler`, `index.mjs`). Code with a top-level `import` or `export`
 * statement is an ES module; anything else runs as CommonJS, as Node.js runs a `.js` file
 * without `"type": "module"`.
 */
export function isCommonJs(code: string): boolean {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return !/^\s*(import\s*[\w{*'"]|export\s)/m.test(withoutComments);
}

/** The file name Lambda would load the code from. */
export function handlerFileName(code: string): 'index.js' | 'index.mjs' {
  return isCommonJs(code) ? 'index.js' : 'index.mjs';
}
