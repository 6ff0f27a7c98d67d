package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kpi table prints each KPI in its unit: percents, multiples, money, undefined. */
class KpiUnitsTextTest {

  // Spend per "platform month" summed from the raw file, independently of the engine.
  private static Map<String, BigDecimal> spendByPlatformMonth() throws Exception {
    List<String> lines = Files.readAllLines(Cli.METRICS, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int p = header.indexOf("platform[dimension]");
    int d = header.indexOf("date");
    int s = header.indexOf("spend[USD:2]");
    Map<String, BigDecimal> spend = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[p].isEmpty()) {
        continue; // rows without a platform (the survey): their group is checked apart
      }
      String key = f[p] + " " + f[d].substring(0, 7);
      BigDecimal v = f[s].isEmpty() ? BigDecimal.ZERO : new BigDecimal(f[s]);
      spend.merge(key, v, BigDecimal::add);
    }
    return spend;
  }

  @Test
  void ratesArePercentsWithTwoDecimalsRoasIsAMultipleAndCostsWithoutSpendAreUndefined()
      throws Exception {
    Cli.Result r =
        Cli.run("kpi", Cli.METRICS.toString(), "--by", "platform,month", "--kpi", "err,roas,cpc");
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    List<String> header = List.of(lines.get(1).trim().split(" {2,}", -1));
    // the survey rows of the example data have no reach or spend: each KPI shows its missing rows
    assertThat(header)
        .containsExactly(
            "platform",
            "month",
            "rows",
            "err",
            "err missing",
            "roas",
            "roas missing",
            "cpc",
            "cpc missing");
    int err = header.indexOf("err");
    int roas = header.indexOf("roas");
    int cpc = header.indexOf("cpc");
    Map<String, BigDecimal> spend = spendByPlatformMonth();
    int checked = 0;
    for (String line : lines.subList(3, lines.size())) {
      String[] cells = line.trim().split(" {2,}", -1);
      if (cells[0].equals("(missing)")) {
        // the survey rows have no reach, revenue or clicks: every KPI is undefined there
        assertThat(List.of(cells[err], cells[roas], cells[cpc])).as(line).containsOnly("undefined");
        continue;
      }
      assertThat(cells[err]).as(line).matches("\\d+\\.\\d\\d%");
      assertThat(cells[roas]).as(line).matches("undefined|[\\d,]+\\.\\d\\dx");
      BigDecimal spent = spend.get(cells[0] + " " + cells[1]);
      if (spent.signum() == 0) {
        assertThat(cells[cpc]).as(line).isEqualTo("undefined");
        assertThat(cells[roas]).as(line).isEqualTo("undefined");
      } else {
        assertThat(cells[cpc]).as(line).matches("[\\d,]+\\.\\d\\d USD");
      }
      checked++;
    }
    assertThat(checked).isEqualTo(spend.size());
    assertThat(spend.values()).anyMatch(v -> v.signum() == 0).anyMatch(v -> v.signum() > 0);
  }
}
