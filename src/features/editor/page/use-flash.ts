import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { useCallback, useEffect, useRef, useState } from 'react';

/** A message for the page's Flashbar, Cloudscape's toast system. */
export interface FlashMessage {
  readonly type: 'success' | 'info' | 'warning' | 'error';
  readonly header: string;
  readonly content?: FlashbarProps.MessageDefinition['content'];
  /** Success messages go away by themselves unless this is set. */
  readonly isLasting?: boolean;
  /**
   * What the message is about: a newer message on the same topic replaces
   * the older one (a second paste makes the first paste's notice stale).
   */
  readonly topic?: string;
}

const SUCCESS_MS = 5000;

/** The page's notices: at most one per header or topic, newest first. */
export function useFlash() {
  const [items, setItems] = useState<FlashbarProps.MessageDefinition[]>([]);
  const topics = useRef(new Map<string, string>());
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const nextId = useRef(0);

  const dismiss = useCallback((id: string) => {
    setItems((current) => current.filter((item) => item.id !== id));
  }, []);

  const show = useCallback(
    (message: FlashMessage) => {
      nextId.current += 1;
      const id = `flash-${nextId.current}`;
      const item: FlashbarProps.MessageDefinition = {
        id,
        type: message.type,
        header: message.header,
        content: message.content,
        dismissible: true,
        dismissLabel: 'Dismiss message',
        onDismiss: () => dismiss(id),
      };
      const stale = message.topic && topics.current.get(message.topic);
      if (message.topic) topics.current.set(message.topic, id);
      setItems((current) => [
        item,
        ...current.filter(
          (other) => other.header !== message.header && other.id !== stale,
        ),
      ]);
      if (message.type === 'success' && !message.isLasting) {
        const timer = setTimeout(() => {
          timers.current.delete(timer);
          dismiss(id);
        }, SUCCESS_MS);
        timers.current.add(timer);
      }
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  return { items, show };
}
