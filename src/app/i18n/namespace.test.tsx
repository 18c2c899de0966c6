// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from './index.ts';
import { registerBundle, useNamespaceT } from './namespace.ts';

function Greeting({ ns, name }: { ns: string; name: string }) {
  const { t } = useNamespaceT(ns);
  return <p>{t('hello', { name })}</p>;
}

describe('feature namespaces', () => {
  afterEach(async () => {
    cleanup();
    await act(() => i18n.changeLanguage('en'));
  });

  it('shows the string in the language the user switches to', async () => {
    registerBundle('ns-switch', { hello: 'Hello {{name}}' }, { hello: '你好，{{name}}' });
    await act(() => i18n.changeLanguage('en'));
    render(<Greeting ns="ns-switch" name="Li" />);
    expect(screen.getByText('Hello Li')).toBeTruthy();
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(screen.getByText('你好，Li')).toBeTruthy();
  });

  it('a string registered after it was first asked for is shown once it exists', async () => {
    await act(() => i18n.changeLanguage('en'));
    const { rerender } = render(<Greeting ns="ns-late" name="Wang" />);
    expect(screen.getByText('hello')).toBeTruthy();
    registerBundle('ns-late', { hello: 'Welcome {{name}}' }, { hello: '欢迎 {{name}}' });
    rerender(<Greeting ns="ns-late" name="Wang" />);
    expect(screen.getByText('Welcome Wang')).toBeTruthy();
  });
});
