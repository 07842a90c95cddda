// Constants that build.mjs defines at bundle time.
/** true in the development build (annotates 127.0.0.1 and localhost), false in store packages. */
declare const __DEV__: boolean;
/** Which build this is. */
declare const __BROWSER__: 'chrome' | 'firefox' | 'node';
/** The version of the analyses this build makes (release version + a hash of the recogniser); keys the background's cache. */
declare const __ANALYSIS_VERSION__: string;
