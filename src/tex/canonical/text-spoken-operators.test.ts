import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { pythonPowers } from './text-powers';
import { meanWords, unbracedIndexPairs, gluedSignIndex, gluedSpokenIndices, plainTextPowers, primedGluedNames, spokenBigOperators } from './text-spoken-operators';

describe('text rules: operators spoken in words, glued indices and Python powers', () => {
  it('unbraced-index-pairs: y_i,j inside Σ_j is y_{i,j}; a comma before a letter no sum runs over separates', () => {
    expect(unbracedIndexPairs('L_i = - \\sum _j ( y_i,j * log(\\hat{y}_i,j) )')).toBe('L_i = - \\sum _j ( y_{i,j} * log(\\hat{y}_{i,j}) )');
    expect(unbracedIndexPairs('\\sum_k p(x_i,y)')).toBe('\\sum_k p(x_i,y)');
    // The sample's label after the sample's index, under the sum over the samples.
    expect(unbracedIndexPairs('-(1 / n) \\sum_i \\log q_i,y_i(T)')).toBe('-(1 / n) \\sum_i \\log q_{i,y_{i}}(T)');
    expect(unbracedIndexPairs('\\sum_k f(x_i,y_i)')).toBe('\\sum_k f(x_i,y_i)');
    expect(recogniseFormula('L_i = - Σ_j ( y_i,j * log(ŷ_i,j) )')?.roles).toMatchObject({ target: 'y_{i,j}', classIndex: 'j' });
    // Two sums' indices glued after one underscore are both the subscript; one sum's index and another letter are not.
    expect(unbracedIndexPairs('-1/M sum_n sum_k u_nk log(q_nk)')).toBe('-1/M sum_n sum_k u_{nk} log(q_{nk})');
    expect(recogniseFormula('-1/M sum_n sum_k u_nk log(q_nk)')?.roles).toMatchObject({ target: 'u_{nk}', sampleIndex: 'n', classIndex: 'k' });
    expect(unbracedIndexPairs('\\sum_n u_nk')).toBe('\\sum_n u_nk');
    // Under two sums that name no index, two index letters glued after one underscore are the pair.
    expect(recogniseFormula('J = -1/M · Σ Σ U_ij · log(V_ij)')?.roles).toMatchObject({ target: 'U_{ij}', prediction: 'V_{ij}' });
    expect(unbracedIndexPairs('Σ u_ij')).toBe('Σ u_ij');
  });

  it('glued-spoken-indices: a primed index written in a subscript (t_{n′}) says nothing of n glued elsewhere (tn)', () => {
    expect(recogniseFormula("\\ln \\mathcal{L} = \\sum_{n: tn = 1} \\ln an + \\sum_{n': t_{n'} = 0} \\ln(1 - a_{n'})")?.kind).toBe('log_likelihood');
  });

  it('glued-spoken-indices: a big operator with no index runs over the index glued to a symbol twice', () => {
    expect(gluedSpokenIndices('L = ∏(p^yi * (1-p)^(1-yi))')).toBe('L = ∏(p^{y_i} * (1-p)^(1-{y_i}))');
    expect(recogniseFormula('-log(L)/m = -1/m*∑(log(p^yi) + log((1-p)^(1-yi)))')?.kind).toBe('ce_binary_batch');
    // A glued pair that comes once, or no big operator: as written.
    expect(gluedSpokenIndices('∑(yi*log(p))')).toBe('∑(yi*log(p))');
    expect(gluedSpokenIndices('yi + (1 - yi)')).toBe('yi + (1 - yi)');
    // The start of a longer name set upright (yi_pred) is no component.
    expect(gluedSpokenIndices('\\sum {yi * log(\\operatorname{yi\\_pred})}')).toBe('\\sum {{y_i} * log(\\operatorname{yi\\_pred})}');
  });

  it('glued-spoken-indices: words inside \\text{} stay words, whatever the sum runs over', () => {
    // "by" under Σ_y is no b_y: read as one, the entropy's last term gained a factor and became a cross-entropy.
    const tex = '\\mathbb{H}(p) = -\\sum_y p(y) \\log p(y) \\qquad \\text{by } \\eqref{eq:1}';
    expect(gluedSpokenIndices('-\\sum_y p(y) \\log p(y) \\text{ by the rule}')).toBe('-\\sum_y p(y) \\log p(y) \\text{ by the rule}');
    expect(recogniseFormula(tex)?.kind).toBe('entropy');
  });

  it('glued-spoken-indices: a name with its index glued (lj = …) indexes the symbols that carry the same letter', () => {
    expect(gluedSpokenIndices('lj = q^tj * (1-q)^(1-tj)')).toBe('{l_j} = q^{t_j} * (1-q)^(1-{t_j})');
    expect(recogniseFormula('lj = q^tj * (1-q)^(1-tj)')).toMatchObject({ kind: 'likelihood_product', roles: { target: 't_j', sampleIndex: 'j' } });
    // A name alone, or a word (ln), glues nothing.
    expect(gluedSpokenIndices('lj = q^t')).toBe('lj = q^t');
    expect(gluedSpokenIndices('ln = tn')).toBe('ln = tn');
  });

  it('mean-words: an average in words over a bracket is the mean', () => {
    expect(meanWords('BCE = −media[y log(p) + (1−y) log(1−p)]')).toBe('BCE = −mean[y log(p) + (1−y) log(1−p)]');
    expect(meanWords('avg(x) + Moyenne \\left( y \\right)')).toBe('mean(x) + mean \\left( y \\right)');
    // A word that holds one, or one with no bracket after it: as written.
    expect(meanWords('medias + average x')).toBe('medias + average x');
    // Abbreviated, and in more languages: moy[…], ortalama(…), среднее(…), 평균(…).
    expect(meanWords('−moy[ y·ln p ] + ortalama(x) + среднее(z) + 평균(w)')).toBe('−mean[ y·ln p ] + mean(x) + mean(z) + mean(w)');
    expect(meanWords('moyen(x)')).toBe('moyen(x)');
    // With the "of" of a sentence after it.
    expect(meanWords('−moyenne de [r ln p] + mean of (x) + Mittelwert der (y)')).toBe('−mean [r ln p] + mean (x) + mean (y)');
    expect(meanWords('the mean of x')).toBe('the mean of x');
    expect(recogniseFormula('BCE = −media[y log(p) + (1−y) log(1−p)]')?.kind).toBe('ce_binary_batch');
  });

  it('spoken-big-operators: Σ and Π in words, with or without a range', () => {
    expect(spokenBigOperators('Somme de j = 0 à M de a_j')).toBe('\\sum_{j=0}^{M} a_j');
    expect(spokenBigOperators('Summe von m = 1 bis M b_m')).toBe('\\sum_{m=1}^{M} b_m');
    expect(spokenBigOperators('suma de r=1 hasta R de c_r')).toBe('\\sum_{r=1}^{R} c_r');
    // Over the members of a set, as plain-text tutorials write it.
    expect(spokenBigOperators('– sum x in X P(x) * log(Q(x))')).toBe('– \\sum_{x \\in X}  P(x) * log(Q(x))');
    expect(recogniseFormula('H(P, Q) = – sum x in X P(x) * log(Q(x))')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('H(P) = – sum x in X P(x) * log(P(x))')?.kind).toBe('entropy');
    expect(recogniseFormula('KL(P || Q) = – sum x in X P(x) * log(Q(x) / P(x))')?.kind).toBe('kl_divergence');
    expect(spokenBigOperators('product over j of a_j')).toBe('\\prod_{j} a_j');
    // A letter that takes a bracket, a script or a product sign is what is summed, not the index.
    expect(spokenBigOperators('-sum p(x) * log(q(x))')).toBe('-sum p(x) * log(q(x))');
    expect(spokenBigOperators('-sum y_i * log(p_i)')).toBe('-sum y_i * log(p_i)');
    expect(spokenBigOperators('-sum y * log(p)')).toBe('-sum y * log(p)');
    expect(spokenBigOperators('Produit de j = 1 a M de (a_j)')).toBe('\\prod_{j=1}^{M} (a_j)');
    // Words that only begin like an operator, or prose without an index, stay.
    expect(spokenBigOperators('sum of squares, summary, consumption')).toBe('sum of squares, summary, consumption');
    expect(spokenBigOperators('\\text{sum}')).toBe('\\text{sum}');
  });

  it('glued-spoken-indices: inside a spoken sum over j, aj is a_j', () => {
    expect(gluedSpokenIndices('Somme de j = 1 a M de bj * ln(aj)')).toBe('Somme de j = 1 a M de {b_j} * ln({a_j})');
    // After a sum sign too, braced so a prime or a power keeps the component whole.
    expect(gluedSpokenIndices("\\sum_{j}(bj' \\ln(aj) + e^uj)")).toBe("\\sum_{j}({b_j}' \\ln({a_j}) + e^{u_j})");
    // ln, "de", an index without such a sum, and a formula that writes a_j itself stay.
    expect(gluedSpokenIndices('sum over n of ln(bn) + an')).toBe('sum over n of ln({b_n}) + an');
    expect(gluedSpokenIndices('bj * ln(aj)')).toBe('bj * ln(aj)');
    expect(gluedSpokenIndices('\\sum_j bj \\log a_j')).toBe('\\sum_j bj \\log a_j');
    // A sign with \\limits runs over its index too; letters in a subscript are indices already.
    expect(gluedSpokenIndices('\\prod\\limits_{i=1}^{N} (oi)^{ti}')).toBe('\\prod\\limits_{i=1}^{N} ({o_i})^{{t_i}}');
    expect(gluedSpokenIndices('\\prod_{m} \\prod_{j} h_{mj}^{s_{mj}}')).toBe('\\prod_{m} \\prod_{j} h_{mj}^{s_{mj}}');
    // After a subset's colon, a glued pair in the subscript is a label tested: its component.
    expect(gluedSpokenIndices('\\prod_{m: cm = 1} gm')).toBe('\\prod_{m: {c_m} = 1} {g_m}');
    expect(recogniseFormula('\\sum_{m: cm = 1} \\ln gm + \\sum_{n: cn = 0} \\ln(1 - gn)')?.kind).toBe('log_likelihood');
    // A sign set as \\mathop{\\prod}, or with its upper limit typed before the lower.
    expect(gluedSpokenIndices('\\mathop{\\prod}\\limits_{m} gm')).toBe('\\mathop{\\prod}\\limits_{m} {g_m}');
    expect(gluedSpokenIndices('\\sum^{M}_{m=1} cm \\ln gm')).toBe('\\sum^{M}_{m=1} {c_m} \\ln {g_m}');
    // The index a condition stated after a one-hot loss fixes: the class a label equals, or a glued label equal to 1.
    expect(gluedSpokenIndices('-\\ln(gm) \\text{ where } c = m')).toBe('-\\ln({g_m}) \\text{ where } c = m');
    expect(recogniseFormula('E = -\\ln(gm) \\quad \\text{if } cm = 1')?.roles).toMatchObject({ prediction: 'g', target: 'm' });
    expect(gluedSpokenIndices('-\\ln(gm)')).toBe('-\\ln(gm)');
    // A range typed as a double inequality under the sign.
    expect(gluedSpokenIndices('\\prod_{1 \\le m \\le M} gm^{cm}')).toBe('\\prod_{1 \\le m \\le M} {g_m}^{{c_m}}');
  });

  it('glued-spoken-indices: a letter glued to its index also takes a glued label (qc beside qk)', () => {
    expect(gluedSpokenIndices('\\ln bc - \\sum_{j \\neq c} \\ln bj')).toBe('\\ln {b_c} - \\sum_{j \\neq c} \\ln {b_j}');
  });

  it('glued-sign-index: ∑j( is ∑_j(', () => {
    expect(gluedSignIndex('∑j(a_j) + ∑k exp(u_k) + ∑ b')).toBe('∑_{j}(a_j) + ∑_{k} exp(u_k) + ∑ b');
    // A letter before a bracket that never mentions it is a function at a point: Σp(x) log q(x).
    expect(gluedSignIndex('-Σp(x)\\log{q(x)}')).toBe('-Σp(x)\\log{q(x)}');    // A letter the rest names as a quantity (under an accent, with an index of its own) is the summand.
    expect(gluedSignIndex('−∑y log \\hat{y}')).toBe('−∑y log \\hat{y}');
    expect(gluedSignIndex('∑t log y_t')).toBe('∑_{t} log y_t');
    expect(gluedSignIndex('∑y log y_pred')).toBe('∑y log y_pred');
    expect(recogniseFormula('Loss = −∑y log ̂y')).toMatchObject({ kind: 'ce_multiclass', roles: { target: 'y', prediction: '\\hat{y}' } });
  });

  it('plain-text-powers: ^(…) and ^-x raise the whole exponent', () => {
    expect(plainTextPowers("a'^b (1-a')^(1-b) e^-u + e^-|u|")).toBe("a'^b (1-a')^{1-b} e^{-u} + e^{-|u|}");
    expect(plainTextPowers('log(1+e^-(w*x+b))')).toBe('log(1+e^{-(w*x+b)})');
    // An Iverson bracket raised whole, its brackets kept.
    expect(plainTextPowers('f_k(x)^[y = k]')).toBe('f_k(x)^{[y = k]}');
    expect(recogniseFormula('p(yᵢ | xᵢ, θ) = Π_k f_k(xᵢ; θ)^[yᵢ = k]')?.kind).toBe('likelihood_product');
  });

  it('python-powers: a ** b is a^{b}; (1 - a) ** 1 - b is the complementary power', () => {
    expect(pythonPowers('(a ** b) * ((1 - a) ** (1 - b))')).toBe('(a^{b}) * ((1 - a)^{1 - b})');
    expect(pythonPowers('(1 - q(u)) ** 1 - s')).toBe('(1 - q(u))^{1 - s}');
    expect(pythonPowers('u ** 2 - s')).toBe('u^{2} - s');
    expect(pythonPowers('a ** 1 - b')).toBe('a^{1} - b');
    expect(pythonPowers('\\hat{a} ** b_{\\mathrm{true},j} c')).toBe('\\hat{a}^{b_{\\mathrm{true},j}} c');
  });

  it.each([
    ['a plain-text batch after ∑i', "BCE = − 1/M ∑j( bj' ln(aj) + (1−bj') ln(1−aj) )", 'ce_binary_batch'],
    ['plain-text logits with the stable softplus', "L = − 1/M ∑j(bj' * uj - max(uj,0) - ln(1 + e^-|uj|))", 'ce_from_logits'],
    ['a batch mean in French words', 'E = -1/M * (Somme de j = 1 a M de ( bj * log(aj) + (1 - bj) * log(1 - aj) ))', 'ce_binary_batch'],
    ['a class sum in German words', 'loss = - Summe von c = 1 bis C von tc * ln(qc)', 'ce_multiclass'],
    ['a Bernoulli likelihood with ** powers', 'P(B = b) = (g(u) ** b) * ((1 - g(u)) ** 1 - b)', 'likelihood_product'],
    ['a product in French words', 'L = Produit de j = 1 a M de (aj ** bj) * ((1 - aj) ** 1 - bj)', 'likelihood_product'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('leaves an entropy in words unbadged', () => {
    expect(recogniseFormula('H = - sum over j of q_j log q_j')?.kind).toBe('entropy');
  });
});

describe('text rules: plain-text sums with the index glued to the sign', () => {
  const gluedSum = (tex: string) => gluedSpokenIndices(gluedSignIndex(tex));

  it('glued-sign-index with glued-spoken-indices: the letter after the sign indexes the symbols glued to it', () => {
    expect(gluedSum('\\sum k(ak * bk)')).toBe('\\sum_{k}({a_k} * {b_k})');
    expect(gluedSum('\\sum m \\exp(sm)')).toBe('\\sum_{m} \\exp({s_m})');
    // A prime stays on the symbol; a word such as ln is not a symbol with the index n.
    expect(gluedSum("\\sum n(rn' \\ln qn)")).toBe("\\sum_{n}({r_n}' \\ln {q_n})");
    // Without a glued sum nothing changes, and a written subscript stays.
    expect(gluedSum('a k + bk')).toBe('a k + bk');
    expect(gluedSum('\\sum_k a_k')).toBe('\\sum_k a_k');
    // A sum of a bare letter (−Σ p log q) has no symbol glued to that letter: the letter is the summand.
    expect(gluedSum('-\\sum p \\log q')).toBe('-\\sum p \\log q');
    expect(gluedSum('-\\sum p(x) \\log p(x)')).toBe('-\\sum p(x) \\log p(x)');
  });

  it.each([
    ['softmax cross-entropy with soft targets, per class', '1/m ∑c(- rc * sc + rc * ln ∑k exp(sk))', 'ce_from_logits'],
    ['softmax cross-entropy, its two sums apart', 'L = 1/m [ ∑c(- rc * sc) + ∑c(rc * ln ∑k exp(sk)) ]', 'ce_from_logits'],
    ['a multiclass loss', 'L = - ∑c rc * ln(qc)', 'ce_multiclass'],
    ['a binary batch', "L = − 1/m ∑n( rn' ln(qn) + (1−rn') ln(1−qn) )", 'ce_binary_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('keeps an entropy typed the same way unbadged', () => {
    expect(recogniseFormula('H = - ∑c qc * ln(qc)')?.kind ?? null).not.toMatch(/^ce_/);
  });

  it("primed-glued-names: a prime after a glued index is on the whole name when the index is shared", () => {
    expect(primedGluedNames("L(pk, tk') = -(tk' log(pk) + (1 - tk') log(1 - pk))")).toBe("L(pk, {tk}') = -({tk}' log(pk) + (1 - {tk}') log(1 - pk))");
    expect(primedGluedNames("E = -(cn' ln bn + (1 - cn') ln(1 - bn))")).toBe("E = -({cn}' ln bn + (1 - {cn}') ln(1 - bn))");
    // One pair alone, a word, or a TeX name keeps TeX's reading.
    expect(primedGluedNames("f = a i' + ti'")).toBe("f = a i' + ti'");
    expect(primedGluedNames("\\xi' + yi + ti'")).toBe("\\xi' + yi + {ti}'");
    expect(primedGluedNames("ln' + in + yn")).toBe("ln' + in + yn");
  });

  it('reads a one-sample binary loss with a primed glued target', () => {
    expect(recogniseFormula("BCE(qj, uj') = − ( uj' ln(qj) + (1−uj') ln(1−qj) )")?.kind).toBe('ce_binary');
  });

  it('spoken-big-operators: a mean spoken with its index, over one index or a set of them ("mean over (n, h, w) of")', () => {
    expect(spokenBigOperators('L = mean over i of -log(q)')).toBe('L = \\frac{1}{N}\\sum_{i} -log(q)');
    expect(spokenBigOperators('L = sum over (i, j) of u')).toBe('L = \\sum_{i} \\sum_{j}  u');
    expect(recogniseFormula('Loss = mean over i of -log(p[i, y[i]])')?.roles).toMatchObject({ sampleIndex: 'i', reduction: 'mean' });
    expect(recogniseFormula('Loss = mean over (n, h, w) of -log( softmax(logits[n, :, h, w])[target[n, h, w]] )')?.kind).toBe('ce_from_logits');
    // A mean named with no index, and the word in a sentence, stay.
    expect(spokenBigOperators('the mean x of the data')).toBe('the mean x of the data');
  });

  it('spoken-big-operators: "over" in French, Spanish, Italian and Swedish (produit sur i de, suma sobre i de)', () => {
    expect(recogniseFormula('V = produit sur i de [ q_i ^ u_i × (1 − q_i) ^ (1 − u_i) ]')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('J = − somme sur n de [ u_n ln(q_n) + (1 − u_n) ln(1 − q_n) ]')?.kind).toBe('ce_binary_batch');
  });

  it('spoken-big-operators: a range word is never cut at a shorter one (até, not a), and a foreign sum word before a bracket is the sum', () => {
    expect(recogniseFormula('J = - somatório de n=1 até M de [u_n log(q_n) + (1 - u_n) log(1 - q_n)]')?.roles).toMatchObject({ sampleIndex: 'n', sampleBound: 'M' });
    expect(recogniseFormula('J = - toplam [u log(q) + (1 - u) log(1 - q)]')?.roles.weight).toBeUndefined();
    expect(recogniseFormula('J = - jumlah(u * log(q))')?.roles).toEqual({ target: 'u', prediction: 'q' });
  });

  it("glued-sign-index: a letter listed among the name's arguments, H(p, q) = −∑p log q, is what is summed, not the index", () => {
    expect(gluedSignIndex('H(p,q)=−∑p log q')).toBe('H(p,q)=−∑p log q');
    expect(gluedSignIndex('L = −∑c log(p_c)')).toBe('L = −∑_{c} log(p_c)');
    expect(recogniseFormula('H(p,q)=−∑p log q')?.roles).toEqual({ target: 'p', prediction: 'q' });
  });

  it('glued-sign-index: copied flat with no space at all (∑ktklogyk), the letter the glued names end in is the index', () => {
    expect(gluedSignIndex('E=-\\sum ktklogyk')).toBe('E=-\\sum_{k}tklogyk');
    expect(recogniseFormula('E=−∑ktklogyk')?.kind).toBe('ce_multiclass');
    // A log word that goes on (logit) is no log.
    expect(gluedSignIndex('\\sum kzklogitk')).toBe('\\sum kzklogitk');
  });
});
