// Runs the client's state-changing operations one at a time, so two check-ins never present the same credential.
/** A queue: each task starts when the previous one has settled, whatever its outcome. */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
