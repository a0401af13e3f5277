// A gate that lets at most N tasks run at once: the worklist assesses forty patients without forty parallel requests.

export type Gate = <T>(task: () => Promise<T>) => Promise<T>;

export function concurrencyGate(max: number): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
