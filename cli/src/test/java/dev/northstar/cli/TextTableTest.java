package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.cli.text.TextTable;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void alignsTextLeftAndNumbersRight() {
    String text =
        TextTable.of("goal", "progress").row("a", "5.0%").row("longer", "100.0%").render();
    assertThat(text)
        .isEqualTo("goal    progress\n------  --------\na           5.0%\nlonger    100.0%\n");
  }

  @Test
  void refusesARowOfTheWrongWidth() {
    assertThatThrownBy(() -> TextTable.of("a", "b").row("1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row has 1 cells, but the table has 2 columns");
  }
}
