package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapping file's ordered list through {@code kpi --columns FILE}. */
class OrderedListCommandTest {

  private static final String MAPPING =
      """
      {"columns": {
         "Size": {"dimension": "size", "type": ["small", "medium", "large"]},
         "Reach": {"count": "reach"},
         "Likes": {"count": "likes"}
       }}
      """;

  @Test
  void groupsComeInTheListedOrder(@TempDir Path dir) throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("export.csv"),
            "Size,Reach,Likes\nlarge,100,5\nsmall,200,10\nmedium,50,1\nsmall,200,30\n");
    Path mapping = Files.writeString(dir.resolve("export.json"), MAPPING);

    Cli.Result r =
        Cli.run(
            "kpi",
            csv.toString(),
            "--columns",
            mapping.toString(),
            "--by",
            "size",
            "--kpi",
            "likes / reach",
            "--format",
            "json");

    assertThat(r.status()).as(r.err()).isZero();
    JsonNode rows = NorthstarJson.mapper().readTree(r.out()).get("rows");
    List<String> sizes = new ArrayList<>();
    rows.forEach(row -> sizes.add(row.get("key").toString()));
    assertThat(sizes).hasSize(3);
    assertThat(sizes.get(0)).contains("small");
    assertThat(sizes.get(1)).contains("medium");
    assertThat(sizes.get(2)).contains("large");
    // small: (10 + 30) / (200 + 200)
    assertThat(rows.get(0).get("values").get(0).get("value").decimalValue())
        .isEqualByComparingTo("0.1");
  }

  @Test
  void aValueNotListedIsBadInputNamingTheLineAndTheList(@TempDir Path dir) throws Exception {
    Path csv =
        Files.writeString(dir.resolve("export.csv"), "Size,Reach,Likes\nsmall,1,1\nhuge,2,2\n");
    Path mapping = Files.writeString(dir.resolve("export.json"), MAPPING);

    Cli.Result r = Cli.run("kpi", csv.toString(), "--columns", mapping.toString(), "--by", "size");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            csv
                + " line 3, column 'Size': value 'huge' is not in the ordered list of dimension"
                + " size; allowed: small, medium, large");
  }
}
