/** Random record ids: unique across machines, so merging an export never collides with local records. */
export function newId(): string {
  return crypto.randomUUID();
}
