/**
 * The weights the score is shared by. Weight 0 marks a check informational, but when every check is
 * informational they count equally: nothing else could decide the score.
 */
export function scoringWeights(weights: number[]): number[] {
  return weights.some((weight) => weight > 0) ? weights : weights.map(() => 1);
}
