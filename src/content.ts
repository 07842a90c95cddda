// Entry point: filled in as the product grows.
console.info('xent-lens content script');
export {};
