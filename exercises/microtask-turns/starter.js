// Return the labels in the order the program prints them.
exports.predictOrder = () => [];
