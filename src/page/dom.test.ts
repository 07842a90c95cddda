import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { firstMatch, hasMatch, selectorsOf } from './dom';

describe('selectorsOf', () => {
  it('splits a list at the commas outside brackets and quotes', () => {
    expect(selectorsOf('.a, b-c ,  script[type^="x, y"], :is(p, q) span')).toEqual(['.a', 'b-c', 'script[type^="x, y"]', ':is(p, q) span']);
    expect(selectorsOf("[title='a,b']")).toEqual(["[title='a,b']"]);
    expect(selectorsOf('.only')).toEqual(['.only']);
  });
});

describe('hasMatch', () => {
  const window = new Window();
  const document = window.document as unknown as Document;
  document.body.innerHTML = '<div id="outer"><p>text</p><span class="katex">x</span></div><section><math-renderer></math-renderer></section>';
  const outer = document.getElementById('outer')!;

  it('finds any selector of the list under the root', () => {
    expect(hasMatch(document, 'mjx-container, .katex')).toBe(true);
    expect(hasMatch(document, 'mjx-container, math-renderer')).toBe(true);
    expect(hasMatch(document, 'mjx-container, .MathJax')).toBe(false);
  });

  it('counts the root itself and looks only under it', () => {
    expect(hasMatch(outer.querySelector('.katex')!, '.katex')).toBe(true);
    expect(hasMatch(outer, 'math-renderer')).toBe(false);
  });

  it('names the first selector of the list that matches, in the list’s order', () => {
    expect(firstMatch(document, 'mjx-container, math-renderer, .katex')).toBe('math-renderer');
    expect(firstMatch(document, '.katex, math-renderer')).toBe('.katex');
    expect(firstMatch(document, 'mjx-container, .MathJax')).toBeNull();
    expect(firstMatch(outer.querySelector('.katex')!, 'math-renderer, .katex')).toBe('.katex');
  });

  it('asks a root smaller than the page the list first, then names the selector in the list’s order', () => {
    const section = document.querySelector('section')!;
    expect(firstMatch(section, 'mjx-container, .katex')).toBeNull();
    expect(firstMatch(section, ['mjx-container', 'math-renderer', '.katex'])).toBe('math-renderer');
    expect(firstMatch(outer, '.MathJax, p, .katex')).toBe('p');
    expect(firstMatch(document.body, 'mjx-container, math-renderer, .katex')).toBe('math-renderer');
  });
});
