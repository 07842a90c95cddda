// The calculator's copy buttons: the result as text, and the inputs as PyTorch or NumPy
// code that recomputes it; a status line says whether the clipboard took it.
import { t as msg, type Lang } from '../i18n';
import { numpySnippet, resultText, torchSnippet, type SnippetInput } from '../snippet';

export interface CopySource {
  input(): SnippetInput;
  /** The headline's name, its value as shown, and its unit. */
  headline(): { name: string; value: string; unit: string };
}

export function createCopyBar(doc: Document, lang: Lang, source: CopySource): HTMLElement {
  const bar = doc.createElement('div');
  bar.className = 'xl-copy';
  const status = doc.createElement('span');
  status.className = 'xl-status';
  status.setAttribute('role', 'status');
  const button = (label: string, part: string, text: () => string) => {
    const element = doc.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.dataset.part = part;
    element.addEventListener('click', () => void copyText(doc, text()).then((ok) => (status.textContent = msg(lang, ok ? 'copied' : 'copyFailed'))));
    return element;
  };
  bar.append(
    button(msg(lang, 'copyResult'), 'copy-result', () => {
      const { name, value, unit } = source.headline();
      return resultText(source.input(), name, value, unit);
    }),
    button(msg(lang, 'copyTorch'), 'copy-torch', () => torchSnippet(source.input())),
    button(msg(lang, 'copyNumpy'), 'copy-numpy', () => numpySnippet(source.input())),
    status,
  );
  return bar;
}

/** Writes to the clipboard; falls back to a hidden textarea where the async API is refused. */
async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'xl-visually-hidden';
    doc.body.append(area);
    area.select();
    const ok = doc.execCommand?.('copy') ?? false;
    area.remove();
    return ok;
  }
}
