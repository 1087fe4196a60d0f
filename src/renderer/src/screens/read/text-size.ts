// Text size steps as saved in settings.reading.textSize, and the scale each one means.
export const MIN_TEXT_SIZE = -3;
export const MAX_TEXT_SIZE = 5;

/** Each step is 10% larger than the last: even-looking steps from small to very large. */
export function textScale(step: number): number {
  return Math.round(1.1 ** clampTextSize(step) * 1000) / 1000;
}

export function clampTextSize(step: number): number {
  return Math.min(MAX_TEXT_SIZE, Math.max(MIN_TEXT_SIZE, Math.round(step)));
}
