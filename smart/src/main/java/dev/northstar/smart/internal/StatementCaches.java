package dev.northstar.smart.internal;

/**
 * The statement parser's caches of lexicons, vocabularies and translators, built once per language
 * (and class loader) because reading them is costly. Tests clear them so that what they parse is
 * read by vocabularies built during the test, not by ones an earlier test left: a mutation test
 * changes the code that builds them, which a cached instance would never run again.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class StatementCaches {
  private StatementCaches() {}

  /** Forgets every cached lexicon, vocabulary and translator; the next parse builds them anew. */
  public static void clear() {
    Lexicon.clearCache();
    Vocabulary.clearCache();
    Reasons.clearCache();
  }
}
