// @fails: full-order
// @message: expected
// Believes promise jobs run before process.nextTick callbacks (true for an ES module, not for CommonJS).
exports.predictOrder = () => ['A', 'L', 'G', 'K', 'I', 'J', 'H', 'B', 'C', 'D', 'E', 'F'];
