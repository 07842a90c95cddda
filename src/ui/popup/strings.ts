// The popup's own strings (the calculator's come from ../i18n.ts).
import type { Lang } from '../i18n';

const EN = {
  title: 'Cross-Entropy Lens',
  options: 'Options',
  calculator: 'Calculator',
  kind: 'Formula',
  kind_ce_multiclass: 'Multi-class, one sample',
  kind_ce_multiclass_batch: 'Multi-class, a batch',
  kind_ce_binary: 'Binary, one sample',
  kind_ce_binary_batch: 'Binary, a batch',
  kind_ce_from_logits: 'From logits (softmax)',
  kind_ce_expectation: 'Expectation over p',
  kind_log_likelihood: 'Log-likelihood',
  kind_likelihood_product: 'Likelihood (product)',
  thisPage: 'This page',
  annotate: 'Annotate this page',
  annotating: 'Looking for formulas…',
  automatic: 'This site is annotated automatically.',
  onClick: 'This site is annotated when you ask.',
  notAnnotatable: 'The browser does not let extensions read this page.',
  notRunYet: 'Not annotated yet.',
  failed: 'Could not annotate this page.',
  history: 'History',
  historyEmpty: 'Calculations you make appear here.',
  clearHistory: 'Clear history',
  restore: 'Restore',
  historyCleared: 'History cleared.',
  restored: 'Restored.',
  unreadableLink: 'The link’s values could not be read; here is an example instead:',
  historyEntry: 'Restore this calculation',
} as const;

export type PopupKey = keyof typeof EN;

const JA: Record<PopupKey, string> = {
  title: 'Cross-Entropy Lens',
  options: '設定',
  calculator: '計算機',
  kind: '数式',
  kind_ce_multiclass: '多クラス・1 サンプル',
  kind_ce_multiclass_batch: '多クラス・バッチ',
  kind_ce_binary: '二値・1 サンプル',
  kind_ce_binary_batch: '二値・バッチ',
  kind_ce_from_logits: 'ロジットから（ソフトマックス）',
  kind_ce_expectation: 'p についての期待値',
  kind_log_likelihood: '対数尤度',
  kind_likelihood_product: '尤度（積）',
  thisPage: 'このページ',
  annotate: 'このページに注釈を付ける',
  annotating: '数式を探しています…',
  automatic: 'このサイトには自動で注釈が付きます。',
  onClick: 'このサイトにはボタンを押したときに注釈が付きます。',
  notAnnotatable: 'このページはブラウザーの制限で読み取れません。',
  notRunYet: 'まだ注釈を付けていません。',
  failed: 'このページに注釈を付けられませんでした。',
  history: '履歴',
  historyEmpty: '計算するとここに残ります。',
  clearHistory: '履歴を消去',
  restore: '復元',
  historyCleared: '履歴を消去しました。',
  restored: '復元しました。',
  unreadableLink: 'リンクの値を読み取れませんでした。代わりに例を表示しています：',
  historyEntry: 'この計算を復元',
};

export function popupText(lang: Lang, key: PopupKey): string {
  return lang === 'ja' ? JA[key] : EN[key];
}

/** "3 formulas found, 1 worked example wrong" in the UI language. */
export function foundText(lang: Lang, count: number, wrong: number): string {
  if (lang === 'ja') return wrong > 0 ? `数式 ${count} 件、誤った計算例 ${wrong} 件` : `数式 ${count} 件を見つけました`;
  const formulas = `${count} ${count === 1 ? 'formula' : 'formulas'} found`;
  return wrong > 0 ? `${formulas}, ${wrong} worked ${wrong === 1 ? 'example' : 'examples'} wrong` : formulas;
}
