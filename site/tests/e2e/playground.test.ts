import { describe, expect, it } from 'vitest';
import { chromiumPath, lessonPath, phonePage, useSite } from './harness.ts';

describe.runIf(chromiumPath)('the playground, as Lambda runs it', () => {
  const site = useSite();
  const widget = () => site.page.locator('[data-widget="test-event-playground"]').first();
  const result = (name: string) => widget().locator(`[data-result="${name}"]`).innerText();
  const status = () => widget().locator('[data-status]').getAttribute('data-status');

  /** Presses Test and waits for a new outcome (the request ID changes). */
  async function test(label = 'Test'): Promise<void> {
    const before =
      (await widget().locator('[data-result="request-id"]').count()) > 0
        ? await result('request-id')
        : '';
    await widget().getByRole('button', { name: label, exact: true }).click();
    await expect
      .poll(async () =>
        (await widget().locator('[data-result="request-id"]').count()) > 0
          ? result('request-id')
          : '',
      )
      .not.toBe(before);
  }

  /** Replaces the code as a user would: click into the editor, select all, type (paste) the text. */
  async function typeCode(code: string): Promise<void> {
    const editor = widget().locator('#playground-code');
    await editor.click();
    await site.page.keyboard.press('ControlOrMeta+A');
    await site.page.keyboard.insertText(code);
    await expect.poll(() => editor.evaluate((el) => el.closest('.cm-editor') !== null)).toBe(true);
  }

  const codeLabel = () => widget().locator('#playground-code-label').innerText();

  async function pickTemplate(name: string): Promise<void> {
    await widget().locator('#playground-template').selectOption(name);
  }

  it("runs the course's image service in lesson 8: ping, getSample, getDimensions, resize", async () => {
    await site.open(`/en${lessonPath('12-image-processing-service.mdx')}`);
    expect(await codeLabel()).toBe('Function code (index.mjs)');
    expect(JSON.parse(await widget().locator('#playground-event').inputValue())).toEqual({
      operation: 'ping',
    });
    await test();
    expect(await status()).toBe('succeeded');
    expect(JSON.parse(await result('response'))).toBe('pong');

    await pickTemplate('get-sample');
    await test();
    const sample = widget().locator('[data-result="image"]');
    await expect.poll(() => sample.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(70);
    expect(await sample.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(46);
    expect(JSON.parse(await result('response'))).toMatch(/^iVBORw0KGgo/);

    await pickTemplate('get-dimensions');
    await test();
    expect(JSON.parse(await result('response'))).toBe('70x46\n');

    await pickTemplate('resize');
    await test();
    expect(await status()).toBe('succeeded');
    const resized = widget().locator('[data-result="image"]');
    await expect.poll(() => resized.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(35);
    expect(await resized.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(23);
    expect(await result('logs')).toContain('resize 70x46 -> 35x23');

    await widget().locator('#playground-event').fill('{"operation": "rotate"}');
    await test();
    expect(await status()).toBe('failed');
    expect(JSON.parse(await result('response')).errorMessage).toBe(
      'Unrecognized operation "rotate"',
    );
    await widget().locator('#playground-event').fill('{"operation": "resize"}');
    await test();
    expect(JSON.parse(await result('response')).errorMessage).toBe(
      'Invalid resize request: no "base64Image" field supplied',
    );
    expect(await widget().getByText('What differs from Lambda').count()).toBe(1);
  });

  it('bills at least 1 ms today and 100 ms the 2018 way, however fast the run', async () => {
    await site.open(`/en${lessonPath('12-image-processing-service.mdx')}`);
    await test();
    await test(); // warm: no INIT in the billed time
    expect(Number.parseFloat(await result('duration'))).toBeLessThan(1);
    expect(await result('billed')).toBe('1 ms');
    expect(await result('billed-legacy')).toBe('100 ms');
    expect(await result('logs')).toMatch(/\tBilled Duration: 1 ms\t/);
  });

  const callback2018 =
    "exports.handler = function (event, context, callback) {\n  console.log('2018 style');\n  callback(null, { ok: event.key1 });\n};\n";

  it('runs the 2018 CommonJS callback handler on nodejs22.x', async () => {
    await site.open(`/en${lessonPath('02-console-walkthrough.mdx')}`);
    await typeCode(callback2018);
    await widget().locator('#playground-runtime').selectOption('nodejs22.x');
    expect(await codeLabel()).toBe('Function code (index.js)');
    await test();
    expect(await status()).toBe('succeeded');
    expect(JSON.parse(await result('response'))).toEqual({ ok: 'value1' });
    expect(await result('logs')).toContain('\tINFO\t2018 style');

    await typeCode('export const handler = (event, context, callback) => callback(null, "esm");\n');
    await test();
    expect(JSON.parse(await result('response'))).toBe('esm');
  });

  it('refuses a callback handler at INIT on nodejs24.x with Runtime.CallbackHandlerDeprecated', async () => {
    await site.open(`/en${lessonPath('02-console-walkthrough.mdx')}`);
    await typeCode(callback2018);
    expect(await widget().locator('#playground-runtime').inputValue()).toBe('nodejs24.x');
    await test();
    expect(await status()).toBe('failed');
    expect(JSON.parse(await result('response')).errorType).toBe(
      'Runtime.CallbackHandlerDeprecated',
    );
    const logs = await result('logs');
    expect(logs).toContain(
      '\tERROR\tInit Error \t{"errorType":"Runtime.CallbackHandlerDeprecated"',
    );
    expect(logs).not.toContain('2018 style');
  });

  it('clears the previous banner and result when the event is not valid JSON', async () => {
    await site.open(`/en${lessonPath('02-console-walkthrough.mdx')}`);
    await test();
    expect(await widget().locator('[data-result="outcome"]').count()).toBe(1);
    await widget().locator('#playground-event').fill('{"key1": ');
    await widget().getByRole('button', { name: 'Test', exact: true }).click();
    await expect.poll(() => widget().locator('[data-error="event"]').count()).toBe(1);
    expect(await widget().locator('[data-result="outcome"]').count()).toBe(0);
    expect(await widget().locator('[role="status"]').count()).toBe(0);
  });

  it('edits code in CodeMirror across the whole width, named by its label, and Tab leaves it', async () => {
    await site.open(`/en${lessonPath('02-console-walkthrough.mdx')}`);
    const editor = widget().locator('#playground-code');
    expect(await editor.getAttribute('contenteditable')).toBe('true');
    expect(await widget().locator('.cm-editor .tok-keyword').count()).toBeGreaterThan(0);
    // Accessible name from the visible label.
    await expect
      .poll(() => site.page.getByRole('textbox', { name: 'Function code (index.mjs)' }).count())
      .toBe(1);
    // Full content width on a desktop: the editor is as wide as the widget's content box.
    const widths = await widget().evaluate((section) => {
      const style = getComputedStyle(section);
      const inner =
        section.clientWidth -
        Number.parseFloat(style.paddingLeft) -
        Number.parseFloat(style.paddingRight);
      const box = section.querySelector('.cm-editor')?.getBoundingClientRect().width ?? 0;
      return { inner, box };
    });
    expect(widths.box).toBeGreaterThan(widths.inner - 4);
    expect(widths.box).toBeGreaterThan(600);
    // Tab is not trapped: it moves on to the next control.
    await editor.click();
    await site.page.keyboard.press('End');
    await site.page.keyboard.press('Tab');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('playground-template');
    expect(await editor.innerText()).not.toContain('\t');
  });

  it('lets a phone edit the code inside the screen width', async () => {
    const phone = await phonePage(site);
    try {
      await site.open(`/en${lessonPath('02-console-walkthrough.mdx')}`, phone);
      const editor = phone.locator('#playground-code').first();
      await editor.click();
      await phone.keyboard.press('ControlOrMeta+A');
      await phone.keyboard.insertText("export const handler = async () => 'from a phone';\n");
      const box = await phone.locator('.cm-editor').first().boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await phone.getByRole('button', { name: 'Test', exact: true }).first().click();
      await expect
        .poll(() =>
          phone
            .locator('[data-result="response"]')
            .first()
            .innerText()
            .catch(() => ''),
        )
        .toBe('"from a phone"');
    } finally {
      await phone.close();
    }
  });

  it('has no memory setting that would do nothing, and says why', async () => {
    await site.open(lessonPath('02-console-walkthrough.mdx'));
    expect(await widget().locator('#playground-memory').count()).toBe(0);
    await widget().locator('summary', { hasText: 'Lambda와 다른 점' }).click();
    expect(await result('differences')).toContain('Max Memory Used');
  });
});
