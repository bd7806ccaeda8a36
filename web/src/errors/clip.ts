// Text made safe to send: lone UTF-16 surrogates (which a strict JSON parser
// rejects) become U+FFFD, and the text is cut to at most `max` characters
// (Unicode code points, as the server counts them), never inside a character.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function clip(text: string, max: number): string {
  const clean = text.replace(LONE_SURROGATE, '\uFFFD');
  if (clean.length <= max) return clean; // code points <= UTF-16 units
  const points = Array.from(clean);
  return points.length <= max ? clean : points.slice(0, max).join('');
}
