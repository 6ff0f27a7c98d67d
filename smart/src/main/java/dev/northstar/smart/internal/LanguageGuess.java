package dev.northstar.smart.internal;

import dev.northstar.smart.statement.UnresolvedPart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses the language of a statement by counting its words that each language's vocabulary lists
 * (platform names, shared by all, do not count). The language with the most wins; a tie goes to the
 * language listed first in {@link Lexicon#LANGUAGES} (English first).
 */
public final class LanguageGuess {

  private LanguageGuess() {}

  /**
   * Returns the language of the vocabulary that knows the most words of the statement.
   *
   * @param statement any text, not null
   * @return the language, one of {@link Lexicon#LANGUAGES}, never null
   */
  public static Locale guess(String statement) {
    Locale best = Locale.ENGLISH;
    int bestHits = -1;
    for (String language : Lexicon.LANGUAGES) {
      Locale l = Locale.forLanguageTag(language);
      int hits = hits(statement, l);
      if (hits > bestHits) {
        best = l;
        bestHits = hits;
      }
    }
    return best;
  }

  /**
   * Counts the words of a statement that a language's vocabulary lists.
   *
   * @param statement any text, not null
   * @param language one of {@link Lexicon#LANGUAGES}, not null
   * @return the count, at least 0
   */
  public static int hits(String statement, Locale language) {
    List<UnresolvedPart> ignored = new ArrayList<>();
    List<Token> tokens = Tokenizer.tokenize(statement, ignored, Vocabulary.of(language));
    int hits = 0;
    if (language.getLanguage().equals("en")) {
      Set<String> words = englishWords();
      for (Token t : tokens) {
        if (t.kind == Token.Kind.WORD && words.contains(t.lower)) {
          hits++;
        }
      }
      return hits;
    }
    Translator tr = Translator.of(language);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind == Token.Kind.WORD && tr.knows(tokens, i)) {
        hits++;
      }
    }
    return hits;
  }

  private static Set<String> englishWords() {
    Lexicon en = Vocabulary.of(Locale.ENGLISH).lexicon;
    Set<String> words = new HashSet<>();
    for (String key : en.suffixes("")) {
      if (!key.startsWith("platform")) {
        en.phrases(key).forEach(words::addAll);
      }
    }
    return words;
  }
}
