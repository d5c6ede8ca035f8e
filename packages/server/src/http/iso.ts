// Times go to clients as ISO 8601 strings; the domains keep epoch milliseconds.
export const iso = (ms: number) => new Date(ms).toISOString();
