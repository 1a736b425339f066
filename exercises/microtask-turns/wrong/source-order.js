// @fails: full-order
// @message: expected
// Believes every promise reaction takes the same single turn, so they print in source order.
exports.predictOrder = () => ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
