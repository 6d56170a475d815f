/**
 * Ends the current task so the page can paint and handle input before the next step of a long job
 * (each step then counts as its own task, not one long one). scheduler.yield keeps the job's place
 * at the front of the queue where the browser has it.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
