/** What a log line may carry: small values only, never whole objects. */
export type LogContext = Readonly<
  Record<string, string | number | boolean | undefined>
>;

type Level = 'debug' | 'info' | 'warn' | 'error';

/** Receives every line; the console in the app, a spy in tests. */
export type LogSink = (
  level: Level,
  source: string,
  message: string,
  context: LogContext,
) => void;

export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
}

// Keys that could carry a secret are masked even if a caller passes one by
// mistake: the context type already keeps whole job definitions out.
const SECRET_KEY =
  /secret|token|password|credential|accesskey|authorization|signature/i;

function redact(context: LogContext): LogContext {
  const safe: Record<string, string | number | boolean | undefined> = {};
  for (const [key, value] of Object.entries(context))
    safe[key] = SECRET_KEY.test(key) ? '[redacted]' : value;
  return safe;
}

const consoleSink: LogSink = (level, source, message, context) => {
  // The one place allowed to write to the console (STYLE.md, Logging).
  // eslint-disable-next-line no-console
  console[level](`[${source}] ${message}`, context);
};

/**
 * A logger for one dotted source such as `aws.register`. Debug lines are
 * written only in development; keys that look secret are masked.
 */
export function createLogger(
  source: string,
  sink: LogSink = consoleSink,
  isDevelopment: boolean = import.meta.env.DEV,
): Logger {
  const write =
    (level: Level) =>
    (message: string, context: LogContext = {}) => {
      if (level === 'debug' && !isDevelopment) return;
      sink(level, source, message, redact(context));
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  };
}
