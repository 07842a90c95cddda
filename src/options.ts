// Options entry: the settings page — see src/ui/options/.
import { mountOptions } from './ui/options/options-app';

void mountOptions(document.getElementById('app')!);
