/**
 * What a suggestion button says. A rewrite that starts its own sentence after the writer's words is stored as
 * ". I'm upset…", and one that carries on after a bare "Oh" as ", I'm upset…"; the mark is how it joins the text, not
 * part of what the writer reads, so the button shows the sentence alone.
 */
export function suggestionLabel(suggestion: string): string {
  const joined = /^[.,!?]\s+(?=\S)/.exec(suggestion);
  if (!joined) return suggestion;
  const rest = suggestion.slice(joined[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
