import { describeComparisonWithNode } from './harness';
import { valueCases } from './value-cases';

it('the value table is large and its names are unique', () => {
  expect(valueCases.length).toBeGreaterThanOrEqual(150);
  expect(new Set(valueCases.map((testCase) => testCase.name)).size).toBe(valueCases.length);
});

describeComparisonWithNode('in-isolate util.inspect prints values exactly like Node 24', valueCases);
