import { describeComparisonWithNode } from './harness';
import { formatCases } from './format-cases';

describeComparisonWithNode('in-isolate util.format / formatWithOptions match Node 24', formatCases);
