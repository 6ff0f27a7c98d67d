package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.cli.io.ProgressBar;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void drawsOnlyWhenThePercentChangesAndClearsItsLine() {
    StringWriter text = new StringWriter();
    ProgressBar bar = ProgressBar.drawingOn(new PrintWriter(text), "posts.csv", 200);
    bar.update(1);
    bar.update(2);
    bar.update(100);
    bar.update(200);
    bar.finish();
    String drawn = text.toString();
    assertThat(drawn.split("\r", -1)).hasSize(7); // 4 draws, then the line cleared
    assertThat(drawn)
        .contains(
            "posts.csv [" + " ".repeat(30) + "] 0%", "] 1%", "] 50%", "#".repeat(30) + "] 100%");
    assertThat(drawn).endsWith("\r");
  }

  @Test
  void staysSilentOffATerminal() {
    StringWriter text = new StringWriter();
    // tests run with standard error redirected, so this is not a terminal
    ProgressBar bar = ProgressBar.onTerminal(new PrintWriter(text), "posts.csv", 200);
    bar.update(100);
    bar.finish();
    assertThat(text.toString()).isEmpty();
  }
}
