export {};
/** Run in a fresh process: load the engine with the shipped rules and answer a first call; prints milliseconds. */
const begin = performance.now();
const { createAnalyzer } = await import('../../src/engine');
const rules = (await import('../../src/generated/rules.json', { with: { type: 'json' } })).default;
const analyzer = createAnalyzer(rules as Parameters<typeof createAnalyzer>[0]);
const loaded = performance.now();
analyzer.analyze('Hey, about last night. You never listen to me.');
const answered = performance.now();
console.log(JSON.stringify({ load: loaded - begin, first: answered - loaded, total: answered - begin }));
