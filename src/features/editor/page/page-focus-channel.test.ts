import { describe, expect, it, vi } from 'vitest';

import { createPageFocusChannel } from './page-focus-channel';

const request = { view: 'json', path: ['containerProperties'] } as const;

describe('createPageFocusChannel', () => {
  it('hands requests to the page, not straight to the views', () => {
    const onRequest = vi.fn();
    const channel = createPageFocusChannel(onRequest);
    const view = vi.fn();
    channel.subscribe(view);

    channel.request(request);

    expect(onRequest).toHaveBeenCalledWith(request);
    expect(view).not.toHaveBeenCalled();
  });

  it('delivers to the views that listen', () => {
    const channel = createPageFocusChannel(vi.fn());
    const view = vi.fn();
    channel.subscribe(view);

    channel.deliver(request);

    expect(view).toHaveBeenCalledWith(request);
  });

  it('gives a view that subscribes soon after a delivery that request', () => {
    let clock = 0;
    const channel = createPageFocusChannel(vi.fn(), () => clock);
    channel.deliver(request);
    clock = 29_000;
    const lateView = vi.fn();

    channel.subscribe(lateView);

    expect(lateView).toHaveBeenCalledWith(request);
  });

  it('does not replay an old request, nor one forgotten', () => {
    let clock = 0;
    const channel = createPageFocusChannel(vi.fn(), () => clock);
    channel.deliver(request);
    clock = 30_000;
    const muchLater = vi.fn();
    channel.subscribe(muchLater);
    channel.deliver(request);
    channel.forget();
    const afterForget = vi.fn();
    channel.subscribe(afterForget);

    expect(muchLater).toHaveBeenCalledTimes(1);
    expect(afterForget).not.toHaveBeenCalled();
  });
});
