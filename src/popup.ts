// Popup entry: the toolbar popup (and popup.html?t=…&y=… links) — see src/ui/popup/.
import { mountPopup } from './ui/popup/popup-app';

void mountPopup(document.getElementById('app')!);
