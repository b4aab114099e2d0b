/** Small guards for messages that cross contexts: everything arriving from another context is untrusted until checked. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown, max = 100_000): value is string {
  return typeof value === 'string' && value.length <= max;
}

export function isInt(value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function isStringArray(value: unknown, maxItems: number, maxLength = 100_000): value is string[] {
  return Array.isArray(value) && value.length <= maxItems && value.every((v) => isString(v, maxLength));
}
