import { describe, expect, it } from 'vitest';
import { handlerFileName, isCommonJs } from '../../src/lib/playground/module-format.ts';

describe('handler module format', () => {
  it('runs the 2018 exports.handler code as CommonJS (index.js)', () => {
    const code =
      'exports.handler = function (event, context, callback) {\n  callback(null, 1);\n};\n';
    expect(isCommonJs(code)).toBe(true);
    expect(handlerFileName(code)).toBe('index.js');
  });

  it('runs code with export or import statements as an ES module (index.mjs)', () => {
    expect(handlerFileName('export const handler = async () => 1;\n')).toBe('index.mjs');
    expect(handlerFileName("import { x } from './x.mjs';\nexports.handler = x;\n")).toBe(
      'index.mjs',
    );
  });

  it('is not fooled by export in a comment or a string', () => {
    expect(isCommonJs('// export const handler\nexports.handler = async () => 1;\n')).toBe(true);
    expect(isCommonJs('/* export default */\nmodule.exports.handler = () => "export x";\n')).toBe(
      true,
    );
  });
});
