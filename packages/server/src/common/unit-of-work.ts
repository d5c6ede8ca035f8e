// The port through which a domain makes several stores' writes one transaction (implemented in storage).
export interface UnitOfWork {
  /**
   * Runs `work` so that every store write inside it commits together or not at all; a throw rolls all of it back.
   * Keep it short and free of slow awaits (password hashing, HTTP, Redis): on SQLite it holds the only connection.
   */
  run<T>(work: () => Promise<T>): Promise<T>;
}
