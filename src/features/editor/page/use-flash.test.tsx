// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useFlash } from './use-flash';

const headers = (items: readonly { header?: unknown }[]) =>
  items.map((item) => item.header);

describe('useFlash', () => {
  it('keeps one message per header, newest first', () => {
    const { result } = renderHook(() => useFlash());

    act(() => result.current.show({ type: 'info', header: 'A' }));
    act(() => result.current.show({ type: 'info', header: 'B' }));
    act(() => result.current.show({ type: 'info', header: 'A' }));

    expect(headers(result.current.items)).toEqual(['A', 'B']);
  });

  it('replaces an older message on the same topic, such as a first paste after a second one', () => {
    const { result } = renderHook(() => useFlash());

    act(() =>
      result.current.show({
        type: 'info',
        topic: 'draft-content',
        header: 'Pasted describe-job-definitions output',
      }),
    );
    act(() => result.current.show({ type: 'warning', header: 'Other' }));
    act(() =>
      result.current.show({
        type: 'info',
        topic: 'draft-content',
        header: 'Pasted a CloudFormation resource',
      }),
    );

    expect(headers(result.current.items)).toEqual([
      'Pasted a CloudFormation resource',
      'Other',
    ]);
  });
});
