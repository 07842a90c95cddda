// Text rules for how authors dress the expectation: the distribution written after the
// bracket instead of under the E (E[log q(x)]_{p(x)}, as physics writes ⟨…⟩_p), which is
// the expectation under that distribution, E_{p(x)}[log q(x)].
import { closingBracket } from './text-scan';
import { defineTextRule } from './registry';

/** The expectation's E: \mathbb{E}, \mathbb E, \operatorname{E}, \mathrm{E}, or a bare E. */
const EXPECTATION = String.raw`\\mathbb\s*\{\s*E\s*\}|\\mathbb\s*E|\\(?:operatorname|mathrm|text)\s*\{\s*E\s*\}|(?<![A-Za-z\\])E`;
const BEFORE_BRACKET = new RegExp(String.raw`(${EXPECTATION})\s*(?![_^])(?=\[)`, 'g');
/** A subscript typed right after the closing bracket, braced or one character. */
const TRAILING_SUBSCRIPT = /^\s*_\s*(\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z])/;

/** \mathbb{E}[\log q(x)]_{p(x)} → \mathbb{E}_{p(x)}[\log q(x)]: the distribution after the bracket is the one averaged over. */
export function trailingExpectationSubscript(tex: string): string {
  let out = tex;
  for (const match of [...tex.matchAll(BEFORE_BRACKET)].reverse()) {
    const open = (match.index ?? 0) + match[0].length;
    const close = closingBracket(out, open);
    if (close < 0) continue;
    const sub = TRAILING_SUBSCRIPT.exec(out.slice(close + 1));
    if (!sub) continue;
    const operator = match[1] as string;
    out = `${out.slice(0, match.index)}${operator}_${sub[1]}${out.slice(open, close + 1)}${out.slice(close + 1 + sub[0].length)}`;
  }
  return out;
}

// After the sized brackets lose their sizes (sized-brackets, 9.65): \left[ … \right]_{p} is [ … ]_{p}.
defineTextRule({ name: 'trailing-expectation-subscript', order: 16.4, apply: trailingExpectationSubscript });
