package dev.northstar.smart.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which words a misspelling is read as: one inner edit, from content words only. */
class SpellingTest {

  /** Every word of one to {@code maxLength} letters over {@code alphabet}. */
  private static List<String> allWords(String alphabet, int maxLength) {
    List<String> out = new ArrayList<>();
    List<String> previous = List.of("");
    for (int n = 1; n <= maxLength; n++) {
      List<String> next = new ArrayList<>();
      for (String p : previous) {
        for (int c = 0; c < alphabet.length(); c++) {
          next.add(p + alphabet.charAt(c));
        }
      }
      out.addAll(next);
      previous = next;
    }
    return out;
  }

  /**
   * The optimal string alignment distance (insertions, deletions, substitutions and swaps of two
   * neighbours), by the textbook table: the reference for "one edit".
   */
  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }

  @Test
  void oneInnerEditIsExactlyOneEditThatKeepsTheFirstAndLastLetters() {
    List<String> words = allWords("abc", 4);
    words.addAll(allWords("ab", 6).stream().filter(w -> w.length() > 4).toList());
    int ones = 0;
    for (String a : words) {
      for (String b : words) {
        boolean expected =
            editDistance(a, b) == 1
                && a.charAt(0) == b.charAt(0)
                && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
        assertThat(Spelling.oneInnerEdit(a, b)).as("%s / %s", a, b).isEqualTo(expected);
        ones += expected ? 1 : 0;
      }
    }
    assertThat(ones).as("pairs one inner edit apart").isGreaterThan(1_000);
  }

  private static final Spelling ENGLISH =
      Spelling.of(Lexicon.of(Locale.ENGLISH), Set.of("followers", "clicks", "sign-ups"));

  @Test
  void aWordOneInnerEditFromOneContentWordIsThatWord() {
    assertThat(ENGLISH.correction("folowers")).isEqualTo("followers");
    assertThat(ENGLISH.correction("Follwoers")).isEqualTo("followers");
    // six letters, the shortest corrected, on both sides
    assertThat(ENGLISH.correction("clciks")).isEqualTo("clicks");
    // platforms and verbs of the lexicon are content words too
    assertThat(ENGLISH.correction("instagarm")).isEqualTo("instagram");
    assertThat(ENGLISH.correction("incraese")).isEqualTo("increase");
  }

  @Test
  void knownShortNonLetterAndFunctionWordsAreNotCorrected() {
    assertThat(ENGLISH.correction("followers")).isNull();
    assertThat(ENGLISH.correction("clcks")).as("five letters").isNull();
    assertThat(ENGLISH.correction("fol1owers")).isNull();
    // "sign-ups" has a hyphen: no word is corrected to it
    assertThat(ENGLISH.correction("signzups")).isNull();
    // "during" is a known word of the lexicon but no content word: nothing is corrected to it
    assertThat(ENGLISH.correction("durnig")).isNull();
  }

  @Test
  void aWordOneEditFromTwoContentWordsIsNotSure() {
    Spelling two = Spelling.of(Lexicon.of(Locale.ENGLISH), Set.of("bounces", "bonuses"));
    assertThat(two.correction("bounses")).isNull();
    assertThat(Spelling.of(Lexicon.of(Locale.ENGLISH), Set.of("bounces")).correction("bounses"))
        .isEqualTo("bounces");
  }
}
