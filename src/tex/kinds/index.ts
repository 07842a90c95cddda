// Every formula kind registers itself on import; this list is the one place
// that loads them all.
import './logits';
import './binary-batch';
import './binary';
import './expectation';
import './multiclass-batch';
import './multiclass';
import './log-likelihood';
import './likelihood-product';
import './entropy';
import './kl-divergence';
import './js-divergence';
