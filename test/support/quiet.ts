// Tests read their results, not the services' logs; LOG_LEVEL=info brings the logs back.
process.env.LOG_LEVEL ??= 'silent';
