// @fails: full-order
// @message: expected
// Believes a 0 ms timer scheduled inside a timer beats the immediate scheduled next to it.
exports.predictOrder = () => ['A', 'L', 'I', 'G', 'K', 'J', 'H', 'B', 'C', 'D', 'F', 'E'];
