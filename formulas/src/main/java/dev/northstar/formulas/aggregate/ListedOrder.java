package dev.northstar.formulas.aggregate;

import dev.northstar.formulas.internal.GroupIdEncoding;
import dev.northstar.formulas.table.Dimension;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The order of {@link KpiTable#orderedBy}: listed values by their place in the list. */
final class ListedOrder {

  private ListedOrder() {}

  static int compare(
      List<Dimension> by, Map<Dimension, List<String>> listed, GroupKey a, GroupKey b) {
    for (int i = 0; i < by.size(); i++) {
      Dimension d = by.get(i);
      String x = a.values().get(i);
      String y = b.values().get(i);
      List<String> order = listed.get(d);
      if (order != null) {
        int c = Integer.compare(rank(order, x), rank(order, y));
        if (c != 0) {
          return c;
        }
      }
      int c = GroupIdEncoding.compareValues(d, x, y);
      if (c != 0) {
        return c;
      }
    }
    // the same values: the bucket decides
    return a.compareTo(b);
  }

  // Listed values by their place, then the values not listed, then a missing value.
  private static int rank(List<String> order, @Nullable String value) {
    if (value == null) {
      return order.size() + 1;
    }
    int at = order.indexOf(value);
    return at < 0 ? order.size() : at;
  }
}
