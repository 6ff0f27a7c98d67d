package dev.northstar.formulas.internal;

/**
 * What the inline kernels ({@link InlineProvenKernel}, {@link InlineCheckedKernel}, {@link
 * InlineMeanKernel}) compute a row's group id from, without assigning ids first: {@code
 * GroupIdEncoding.id(codes[row], bucket, buckets)}, the bucket being {@code lookup[days[row] -
 * minDay]}, or {@code days[row] - minDay} itself when {@link #dayIsBucket} (the day bucket), which
 * a loop may use to skip the lookup. Only for an indexer that {@link
 * GroupIndexer#isSingleDimensionByBucket()}.
 */
final class InlineIds {

  final int[] codes;
  final int[] days;
  final int[] lookup;
  final boolean dayIsBucket;
  final int minDay;
  final int buckets;
  final int groups;

  InlineIds(
      int[] codes,
      int[] days,
      int[] lookup,
      boolean dayIsBucket,
      int minDay,
      int buckets,
      int groups) {
    this.codes = codes;
    this.days = days;
    this.lookup = lookup;
    this.dayIsBucket = dayIsBucket;
    this.minDay = minDay;
    this.buckets = buckets;
    this.groups = groups;
  }

  /**
   * Returns the ids' inputs of an indexer of one dimension by a bucket.
   *
   * @param indexer the indexer
   * @return its inputs
   * @throws IllegalStateException if the indexer is not of one dimension by a bucket, densely
   */
  static InlineIds of(GroupIndexer indexer) {
    int[] days = indexer.days();
    int[] lookup = indexer.dayLookup();
    if (!indexer.isSingleDimensionByBucket() || days == null || lookup == null) {
      throw new IllegalStateException("not one dimension by a bucket, densely");
    }
    return new InlineIds(
        indexer.singleDimensionCodes(),
        days,
        lookup,
        indexer.bucketIsDay(),
        indexer.minDay(),
        indexer.bucketCount(),
        indexer.capacity());
  }
}
