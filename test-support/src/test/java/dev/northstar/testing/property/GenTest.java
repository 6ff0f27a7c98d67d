package dev.northstar.testing.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The combinators of {@link Gen}. */
class GenTest {

  private static final Gen<Integer> SMALL = Gens.ints(0, 1_000);

  private static <T> List<T> sample(Gen<T> gen, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(gen.generate(random));
    }
    return values;
  }

  @Test
  void theSameSourceStateGivesTheSameValues() {
    assertThat(sample(SMALL, 7, 100)).isEqualTo(sample(SMALL, 7, 100));
    assertThat(sample(SMALL, 7, 100)).isNotEqualTo(sample(SMALL, 8, 100));
  }

  @Test
  void mapAppliesTheFunctionToEachValue() {
    List<Integer> plain = sample(SMALL, 1, 50);
    List<String> mapped = sample(SMALL.map(n -> "#" + n), 1, 50);

    assertThat(mapped).hasSize(50);
    for (int i = 0; i < plain.size(); i++) {
      assertThat(mapped.get(i)).isEqualTo("#" + plain.get(i));
    }
  }

  @Test
  void mapToNullFailsClearly() {
    Gen<Object> nulls = SMALL.map(n -> null);

    assertThatThrownBy(() -> nulls.generate(new SplittableRandom(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("map returned null");
  }

  @Test
  void flatMapChoosesTheNextGeneratorFromTheValue() {
    Gen<List<Integer>> sizedLists =
        Gens.ints(0, 5).flatMap(size -> Gens.listOf(Gens.ints(size, size), size, size));

    Property.named("flatMap")
        .seed(2)
        .tries(300)
        .forAll(
            sizedLists,
            list -> {
              assertThat(list).hasSizeLessThanOrEqualTo(5);
              assertThat(list).allSatisfy(n -> assertThat(n).isEqualTo(list.size()));
            });
    assertThat(sample(sizedLists, 4, 20)).isEqualTo(sample(sizedLists, 4, 20));
  }

  @Test
  void filterKeepsOnlyValuesThatPass() {
    Property.named("even")
        .seed(5)
        .tries(500)
        .forAll(SMALL.filter(n -> n % 2 == 0), n -> assertThat(n % 2).isZero());
  }

  @Test
  void filterGivesUpAfterTheGivenNumberOfCandidatesWithAClearError() {
    AtomicInteger candidates = new AtomicInteger();
    Gen<Integer> counted =
        random -> {
          candidates.incrementAndGet();
          return random.nextInt(10);
        };

    assertThatThrownBy(() -> counted.filter(n -> n < 0, 5).generate(new SplittableRandom(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Gen.filter rejected 5 candidates in a row (the last was ")
        .hasMessageContaining("generate valid values directly");
    assertThat(candidates).hasValue(5);

    candidates.set(0);
    assertThatThrownBy(() -> counted.filter(n -> n < 0).generate(new SplittableRandom(1)))
        .hasMessageContaining("rejected 1000 candidates in a row");
    assertThat(candidates).hasValue(Gen.MAX_FILTER_TRIES);
  }

  @Test
  void filterSucceedsOnTheLastAllowedCandidate() {
    AtomicInteger candidates = new AtomicInteger();
    Gen<Integer> counting = random -> candidates.incrementAndGet();

    assertThat(counting.filter(n -> n == 3, 3).generate(new SplittableRandom(1))).isEqualTo(3);
    assertThat(counting.filter(n -> n == 6, 3).generate(new SplittableRandom(1))).isEqualTo(6);
    assertThatThrownBy(() -> counting.filter(n -> n == 10, 3).generate(new SplittableRandom(1)))
        .hasMessageContaining("the last was 9");
  }

  @Test
  void filterRejectsANonPositiveLimit() {
    assertThatThrownBy(() -> SMALL.filter(n -> true, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
