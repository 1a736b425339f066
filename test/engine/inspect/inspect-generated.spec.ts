import { describeComparisonWithNode } from './harness';
import { generateCases } from './generated-cases';

describeComparisonWithNode(
  'in-isolate inspect matches Node 24 on generated nested values',
  generateCases(7, 160),
);
