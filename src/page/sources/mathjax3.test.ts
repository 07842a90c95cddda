import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { BRIDGE_EVENT, decodeBridgeMessage, encodeBridgeMessage } from '../bridge-protocol';
import { listenToMathJaxBridge, rememberBridgedTex } from '../mathjax-tex';
import { findMathJax3Sites } from './mathjax3';

describe('MathJax 3 source (TeX from the MAIN-world bridge)', () => {
  it('returns containers whose TeX the bridge handed over, and asks again for the others', () => {
    const window = new Window();
    const document = window.document as unknown as Document;
    document.body.innerHTML = '<mjx-container display="true"></mjx-container><mjx-container></mjx-container>';
    const [known, unknown] = [...document.querySelectorAll('mjx-container')];
    rememberBridgedTex(known!, { tex: 'E = -\\sum_k t_k \\log y_k', display: true, version: 3 });
    const requests: string[] = [];
    document.addEventListener(BRIDGE_EVENT, (event) => requests.push((event as CustomEvent<string>).detail));
    const sites = findMathJax3Sites(document.body);
    expect(sites).toEqual([{ element: known, tex: 'E = -\\sum_k t_k \\log y_k', display: true, source: 'mathjax3' }]);
    expect(unknown).toBeDefined();
    expect(requests.map(decodeBridgeMessage)).toEqual([{ type: 'send-again' }]);
    window.close();
  });

  it('takes the TeX from an event on the container, once per change', () => {
    const window = new Window();
    const document = window.document as unknown as Document;
    document.body.innerHTML = '<p><mjx-container></mjx-container></p>';
    const container = document.querySelector('mjx-container')!;
    const heard: Array<[string, boolean]> = [];
    listenToMathJaxBridge(document, (_root, tex, changed) => heard.push([tex.tex, changed]));
    // happy-dom's CustomEvent, typed as the DOM's: the detail is a JSON string.
    const Custom = window.CustomEvent as unknown as typeof CustomEvent;
    const dispatch = (detail: string) => container.dispatchEvent(new Custom(BRIDGE_EVENT, { bubbles: true, detail }));
    const send = (tex: string) => dispatch(encodeBridgeMessage({ type: 'math', tex, display: false, version: 4 }));
    send('a');
    send('a');
    send('b');
    dispatch('{"type":"math","tex":1}');
    expect(heard).toEqual([['a', false], ['b', true]]);
    expect(findMathJax3Sites(document.body)[0]).toMatchObject({ tex: 'b', source: 'mathjax4' });
    window.close();
  });
});
