// @fails: full-order
// @message: expected
// Applies the CommonJS rule (nextTicks before promise jobs) at the top level of an ES module.
export function predictOrder() {
  return ['A', 'B', 'C', 'D', 'E', 'K', 'F', 'G', 'H', 'J', 'I'];
}
