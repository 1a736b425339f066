// @fails: full-order, every-label-once
// @message: expected
// Leaves out the tick queued from a promise job.
exports.predictOrder = () => ['A', 'L', 'I', 'G', 'K', 'J', 'B', 'C', 'D', 'E', 'F'];
