// Placeholder door of @tessera/cli; filled by its issue.
export {};
