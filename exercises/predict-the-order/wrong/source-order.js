// @fails: full-order
// @message: expected
// Reads the program top to bottom, as if every callback ran where it is written.
exports.predictOrder = () => ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];
