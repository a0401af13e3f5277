// The browser's wall clock as local date and HH:MM, re-rendered on each new minute: the observation clock's tick.

import { useEffect, useState } from "react";

export interface WallClock {
  /** YYYY-MM-DD, local. */
  readonly date: string;
  /** HH:MM, local, 24-hour. */
  readonly time: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function readClock(now: Date): WallClock {
  return {
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
}

export function useMinuteClock(): WallClock {
  const [clock, setClock] = useState(() => readClock(new Date()));
  useEffect(() => {
    let timer = 0;
    // Wake at the start of each minute rather than polling, so the display turns over with the wall clock.
    const schedule = () => {
      const now = new Date();
      timer = window.setTimeout(
        () => {
          setClock(readClock(new Date()));
          schedule();
        },
        60_000 - (now.getSeconds() * 1000 + now.getMilliseconds()),
      );
    };
    setClock(readClock(new Date()));
    schedule();
    return () => window.clearTimeout(timer);
  }, []);
  return clock;
}
