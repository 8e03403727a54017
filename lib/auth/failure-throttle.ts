// Slows down guessing (passwords, two-factor codes) without letting anyone lock an account out.
// Failures are counted per account + IP: after a few, each further attempt from that IP must wait
// a delay that doubles with every failure (up to 15 minutes), so the owner signing in from their
// own network is never held up by someone guessing from elsewhere. An IP with many failures
// across accounts is refused for a while. Successes are never counted.
import { AppError } from "../errors";
import { createRateLimiter } from "../rate-limit";

const FREE_FAILURES = 5;
const MAX_DELAY_SECONDS = 15 * 60;
const FAILURE_WINDOW_SECONDS = 60 * 60;
const IP_FAILURES = 30;
const IP_WINDOW_SECONDS = 15 * 60;

/** How far apart attempts must be once `failures` failures are counted: 0, then 2, 4, 8 ... 900 s. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES + 1));
}

export function tooManyAttempts(seconds: number): AppError {
  if (seconds < 60) {
    return new AppError(`Too many failed attempts. Try again in ${seconds} s.`, "rate_limited", undefined, {
      key: "errors.tooManyFailuresSeconds",
      values: { seconds },
    });
  }
  const minutes = Math.ceil(seconds / 60);
  return new AppError(`Too many failed attempts. Try again in ${minutes} min.`, "rate_limited", undefined, {
    key: "errors.tooManyFailuresMinutes",
    values: { minutes },
  });
}

export type FailureThrottle = {
  /**
   * Counts this attempt as a failure before its password or code is checked, so attempts sent in
   * parallel are counted like attempts sent one by one. Throws a rate_limited AppError (and takes
   * the count back) when this account + IP, or this IP, must wait.
   */
  begin(account: string, ip: string): Promise<void>;
  /** The attempt passed: it was not a failure, and this account + IP starts afresh. */
  succeed(account: string, ip: string): Promise<void>;
};

/** `ipFailures`: failures one IP may make across all accounts in 15 minutes before it is refused. */
export function createFailureThrottle(name: string, options: { ipFailures?: number } = {}): FailureThrottle {
  const failures = createRateLimiter(`${name}-fail`, FREE_FAILURES, FAILURE_WINDOW_SECONDS);
  // One attempt per delay window once past the free failures; the store's atomic count lets one
  // of several parallel attempts through, not all of them.
  const turns = createRateLimiter(`${name}-turn`, 1, MAX_DELAY_SECONDS);
  const ipFailures = createRateLimiter(`${name}-ip`, options.ipFailures ?? IP_FAILURES, IP_WINDOW_SECONDS);
  const key = (account: string, ip: string) => `${account}|${ip}`;
  const takeBack = (account: string, ip: string) =>
    Promise.all([failures.unhit(key(account, ip)), ipFailures.unhit(ip)]);

  return {
    async begin(account, ip) {
      // The store's atomic count gives each parallel attempt its own place in line.
      const [ipState, counted] = await Promise.all([ipFailures.hit(ip), failures.hit(key(account, ip))]);
      if (!ipState.ok) {
        await takeBack(account, ip);
        throw tooManyAttempts(ipState.retryAfterSeconds);
      }
      const delay = delayAfter(counted.count - 1);
      if (delay === 0) return;
      const turn = await turns.hit(key(account, ip), { windowSeconds: delay });
      if (!turn.ok) {
        await takeBack(account, ip);
        throw tooManyAttempts(turn.retryAfterSeconds);
      }
    },
    async succeed(account, ip) {
      await Promise.all([
        failures.reset(key(account, ip)),
        turns.reset(key(account, ip)),
        ipFailures.unhit(ip),
      ]);
    },
  };
}
