// @fails: full-order
// @message: expected
// Believes `return Promise.resolve(1)` in an async function costs nothing extra.
exports.predictOrder = () => ['A', 'C', 'D', 'G', 'B', 'E', 'H', 'F'];
