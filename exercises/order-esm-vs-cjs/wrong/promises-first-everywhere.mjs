// @fails: full-order
// @message: expected
// Gets the module body right but believes promise jobs also beat ticks inside the timer callback.
export function predictOrder() {
  return ['A', 'C', 'D', 'E', 'K', 'G', 'B', 'F', 'H', 'I', 'J'];
}
