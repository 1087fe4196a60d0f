// Running one piece of work so that it never runs inside itself: a request made while it runs
// (a listener or a gate answering synchronously) makes it run once more right after, not nested
// and not lost. Pure.

export class SerialRunner {
  private running = false;
  private again = false;

  /** `stopped`: once true, requests are ignored and no further run starts. */
  constructor(
    private readonly work: () => void,
    private readonly stopped: () => boolean,
  ) {}

  request(): void {
    if (this.stopped()) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        this.work();
      } while (this.again && !this.stopped());
    } finally {
      this.running = false;
    }
  }
}
