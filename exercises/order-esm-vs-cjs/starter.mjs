// Return the labels in the order the ES module program prints them.
export function predictOrder() {
  return [];
}
