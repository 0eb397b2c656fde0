import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; LOG_LEVEL chooses the level (default info). */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    // ID numbers never reach a log, whatever the caller sends.
    redact: { paths: ['*.idNumber', '*.*.idNumber', 'variables.*'], censor: '[redacted]' },
  });
}
