import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFoldSchedule } from '../../src/background/fold-schedule';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('folding pending counts', () => {
  it('folds once, a while after the first of a burst of events', async () => {
    const fold = vi.fn(async () => undefined);
    const schedule = createFoldSchedule(fold, 5_000, 200);
    schedule.recorded();
    await vi.advanceTimersByTimeAsync(3_000);
    schedule.recorded();
    schedule.recorded();
    expect(fold).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fold).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fold).toHaveBeenCalledTimes(1);
    // the next event starts a new wait
    schedule.recorded();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fold).toHaveBeenCalledTimes(2);
  });

  it('folds at once when many events are waiting, and does not fold them again on the timer', async () => {
    const fold = vi.fn(async () => undefined);
    const schedule = createFoldSchedule(fold, 5_000, 3);
    schedule.recorded();
    schedule.recorded();
    expect(fold).not.toHaveBeenCalled();
    schedule.recorded();
    expect(fold).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fold).toHaveBeenCalledTimes(1);
  });

  it('a failed fold is reported and the next event schedules another', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fold = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const schedule = createFoldSchedule(fold, 1_000, 200);
    schedule.recorded();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(error).toHaveBeenCalledWith('Mindful Draft could not fold the pending counts', expect.any(Error));
    schedule.recorded();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fold).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});
