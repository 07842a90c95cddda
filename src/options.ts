// Entry point: filled in as the product grows.
export {};
