// annotator.js: the rest of the content script, run in a frame only once its first look
// has seen math (see extension/annotator-delivery.ts for how it gets there). It starts
// nothing itself; content.js starts it.
import { startAnnotator } from './annotator';
import { handOverAnnotator } from './extension/annotator-delivery';

handOverAnnotator({ startAnnotator });
