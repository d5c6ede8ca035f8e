// Where solved challenges are remembered, so each passes once: a claim that only the first caller wins, atomically.
export interface ChallengeUseStore {
  /** Records the use of challenge `id`, remembered until `keepUntil` (ms); true only for the first claim. */
  claim(id: string, keepUntil: number, now: number): Promise<boolean>;
}
