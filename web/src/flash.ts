// A one-time message carried from a form to the screen it returns to ("MADRS 12 saved").

let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** The waiting message, once. */
export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
