// Placeholder door of @tessera/sdk; filled by its issue.
export {};
